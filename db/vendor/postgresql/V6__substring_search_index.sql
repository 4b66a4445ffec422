-- PostgreSQL only: trigram indexes let the events text filter (lower(title|summary) like '%q%')
-- use an index instead of scanning every event, with the same substring semantics as on H2.
create extension if not exists pg_trgm;
create index event_title_trgm_idx on event using gin (lower(title) gin_trgm_ops);
create index event_summary_trgm_idx on event using gin (lower(summary) gin_trgm_ops);
