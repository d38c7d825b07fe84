-- Spring Modulith's event publication registry (2.0.3, schema v2; see docs/events.md): a row per
-- event and listener, written in the transaction that published the event, deleted once the
-- listener has run (spring.modulith.events.completion-mode=delete), so what is left are the
-- publications still to run or whose listener failed, to be retried.
-- Modulith ships one schema per database; this one holds on both. Its H2 schema has
-- serialized_event varchar(4000), its PostgreSQL one text: varchar without a length is text on
-- PostgreSQL and up to 1 000 000 characters on H2, which (unlike text, a CLOB there) can be
-- compared with =, as Modulith does. Modulith's lookup index on the serialized event (a hash
-- index on PostgreSQL, a plain one on H2) is left out: no one syntax makes both, and the table
-- only holds what is outstanding.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date_idx on event_publication (completion_date);
