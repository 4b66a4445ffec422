-- Counts that /api/v1/stats reads instead of grouping over the whole store. The write path keeps
-- them in the writing transaction; bulk loads and imports recount them from scratch (Tallies).
create table tally (
    name varchar(40) not null,
    tally_key varchar(200) not null,
    n bigint not null,
    primary key (name, tally_key)
);

-- A claim keeps a status only while it is live, so that the status tally counts the statuses
-- present; a restored claim gets its status again from its subject's assessment.
update claim set status = null where deleted_at is not null;
