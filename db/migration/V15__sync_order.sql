-- Syncs and the change feed page through a table in the order of last change, then id, deleted rows
-- included: one index range per page instead of a sort of the whole table.
create index event_sync_idx on event (updated_at, id);
create index source_sync_idx on source (updated_at, id);
create index actor_sync_idx on actor (updated_at, id);
create index figure_sync_idx on figure (updated_at, id);
create index claim_sync_idx on claim (updated_at, id);

-- The event index above serves everything the one on updated_at alone did.
drop index event_updated_at_idx;
