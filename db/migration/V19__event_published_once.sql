-- Whether the public ever saw an event. A sync or the change feed tells of an event leaving the
-- public view (deleted, or back to draft) only if it did: a draft never published stays unknown to
-- the public, its slug included. Rows inserted without it (the seeds, synthetic timelines) are
-- published; drafts stored so far are taken as never published, the side that reveals nothing.
-- Sources need no such column: publishing a source is one way.
alter table event add column published_once boolean default true not null;
update event set published_once = false where state = 'DRAFT';
