-- Counts are now added as events are written (Tallies), not recounted by a job: the job's lock and
-- progress go, and the visitors already counted as unique per card, bucket and type are kept here
-- for two days. A bucket is "d" and the owner's day, or "h" and the UTC hour.
drop table analytics_state;

create table analytics_seen (
    card_id bigint      not null references cards (id) on delete cascade,
    bucket  varchar(24) not null,
    type    varchar(12) not null,
    visitor varchar(64) not null,
    primary key (card_id, bucket, type, visitor)
);
