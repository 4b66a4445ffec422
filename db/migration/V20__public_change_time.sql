-- When the public view last changed, beside when the store did: a write that only touches drafts
-- (a draft event, a draft claim, a draft source) moves changed_at but not public_changed_at, which
-- Last-Modified of answers to anonymous requests and the Atom feed's updated read. The public change
-- before it tells whether the last one was alone in its second (an HTTP date names a second).
alter table store_change add column public_changed_at timestamp with time zone;
alter table store_change add column previous_public_changed_at timestamp with time zone;
update store_change set public_changed_at = changed_at;
alter table store_change alter column public_changed_at set not null;
