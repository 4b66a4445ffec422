-- One row per committed write, keyed by the store revision that write produced: what it touched,
-- as cache tags ("event:12", "events", "*" for everything). Instances sharing the database read it
-- incrementally to drop exactly the cached answers a write made stale. Writers take the store_change
-- row lock before they insert here, so revisions are assigned in commit order and a reader that
-- has seen revision N has seen every change up to N. Old rows are pruned; a reader that fell behind
-- the oldest row drops its whole cache.
create table store_change_log (
    revision   bigint primary key,
    tags       varchar(8000) not null,
    changed_at timestamp with time zone not null
);
