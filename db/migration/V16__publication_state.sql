-- Publication state of events and claims. A draft is written and reviewed by editors but is part of
-- no public read: lists, details, counts, disputes, standings, exports, feeds and embeds leave it out,
-- and the derived provenance (claim statuses, disputes, tallies) counts published rows only.
-- Everything stored before drafts existed was public at once, so it is published. Codes are stored
-- in upper case like every other code column; the API shows them in lower case.
alter table event add column state varchar(10) default 'PUBLISHED' not null;
alter table event add constraint event_state_check check (state in ('DRAFT', 'PUBLISHED'));

alter table claim add column state varchar(10) default 'PUBLISHED' not null;
alter table claim add constraint claim_state_check check (state in ('DRAFT', 'PUBLISHED'));
