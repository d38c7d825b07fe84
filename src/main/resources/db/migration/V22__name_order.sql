-- The order a card's name is said in: auto (by its script), given name first, or family name first.
alter table cards add column name_order varchar(12);
