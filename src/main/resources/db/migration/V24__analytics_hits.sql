-- The same event of the same visitor within one second (a reload, a flood from one address) is one
-- row with how many times it happened; every row written before this happened once.
alter table analytics_events add column hits integer not null default 1;
