-- Ingest: a document sent to POST /api/v1/ingest becomes a draft source, its plain text is kept
-- (offsets of the suggestions point into it), and every suggestion the rules made is stored with
-- the editor's decision. Sources stored before ingest existed were public at once: published.
alter table source add column state varchar(10) default 'PUBLISHED' not null;
alter table source add constraint source_state_check check (state in ('DRAFT', 'PUBLISHED'));
-- Re-ingesting the same bytes finds the existing source by its digest.
create index source_sha256_idx on source (sha256);

-- The plain text the suggestions' offsets index (capped at 200 KB by the API), and what was sent:
-- TEXT as is, or HTML turned into this text.
create table source_document (
    source_id    bigint        not null primary key references source (id),
    content_type varchar(10)   not null check (content_type in ('TEXT', 'HTML')),
    body         varchar(204800) not null
);

-- What the rules suggested, numbered from 1 within the source. The subject is an existing one
-- (subject_slug) or a proposed new event (proposal, proposal_title); accepting a proposal creates a
-- draft event whose slug is kept in created_event. Decided rows keep who decided, when, and the claim.
create table ingest_suggestion (
    source_id      bigint        not null references source (id),
    number         integer       not null,
    subject_type   varchar(10)   not null check (subject_type in ('EVENT', 'ACTOR', 'FIGURE')),
    subject_slug   varchar(120),
    proposal       varchar(120),
    proposal_title varchar(200),
    attribute      varchar(60)   not null,
    claim_value    varchar(200)  not null,
    value_label    varchar(300)  not null,
    start_offset   integer       not null,
    end_offset     integer       not null,
    excerpt        varchar(400)  not null,
    rule           varchar(80)   not null,
    confidence     numeric(4, 3) not null,
    status         varchar(10)   default 'PENDING' not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    decided_by     varchar(200),
    decided_at     timestamp with time zone,
    claim_id       bigint references claim (id),
    created_event  varchar(120),
    primary key (source_id, number),
    check (start_offset >= 0 and end_offset > start_offset),
    check ((subject_slug is null) <> (proposal is null))
);
