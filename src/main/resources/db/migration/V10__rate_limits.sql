-- Rate-limit buckets that every node shares (Bucket4j's PostgreSQL proxy manager; see DatabaseBuckets).
-- The id is the limit and a hash of whom it counts; the state is Bucket4j's; expires_at (epoch
-- milliseconds) is when the bucket is full again and its row can go. On H2 (one node) the buckets
-- are kept in memory and this table stays empty.
create table rate_limit_buckets (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_buckets_expires_at on rate_limit_buckets (expires_at);
