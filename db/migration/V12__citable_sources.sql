-- Citable sources: where a document can be read (url), its language and when it was published, so
-- that every output can cite it by outlet, title and date instead of by file name; and the timeline
-- as of a date, which counts a source only from the day it was certainly in print.

-- published_precision DAY: published on published_on. APPROXIMATE: published_on is the earliest day
-- the text allows, so the source counts for asOf only from the day after (docs/data.md).
alter table source add column url varchar(2000);
alter table source add column language varchar(35);
alter table source add column published_on date;
alter table source add column published_precision varchar(20)
    check (published_precision in ('DAY', 'APPROXIMATE'));
alter table source add constraint source_published_check
    check ((published_on is null and published_precision is null)
        or (published_on is not null and published_precision is not null));
create index source_published_idx on source (published_on);

-- The first day on which both sides of the dispute were in print (the earliest day some pair of
-- disagreeing claims from two sources both counted); null when one side's source has no date.
-- Derived with the dispute, so asOf lists of disputes stay an index range.
alter table dispute add column in_print_from date;

-- Existing disputes lack in_print_from: clearing what is derived makes start-up derive it again
-- from the claims (DerivedProvenance), as after the migration that introduced it.
delete from dispute;
update claim set status = null where status is not null;

-- The seed's five documents, as far as their own text supports (reasoning in docs/data.md). No
-- document names its URL, so none is set. All five are written in English.
-- version moves so that a client's ETag of a source no longer matches.
update source set language = 'en', version = version + 1;

-- "announced last night that ... began ... on Monday, June 9" while the meeting "is expected to
-- continue through Tuesday": written the day after June 9, before the talks ended.
update source set published_on = date '2025-06-10', published_precision = 'DAY'
    where file_name = '002_c4793645ec5b4779.txt';

-- "convened in London on Monday" and "scheduled to potentially continue into Tuesday": June 9 or 10.
update source set published_on = date '2025-06-09', published_precision = 'APPROXIMATE'
    where file_name = '004_6307ee0113ec1de7.txt';

-- "underway in London, with discussions set to continue into tomorrow": the first of the two days of
-- talks, June 9 only through the other documents' dates of the talks.
update source set published_on = date '2025-06-09', published_precision = 'APPROXIMATE'
    where file_name = '001_b6b1e0ca712ab53b.txt';

-- "US President Donald Trump said on June 11 that the deal with China 'is done'": June 11 or later.
update source set published_on = date '2025-06-11', published_precision = 'APPROXIMATE'
    where file_name = '003_e6f85452d9e23108.txt';

-- "Following two days of ... talks in London" (they ended close to midnight on June 10) and a
-- framework that "now awaits presidential approval": June 11 or later.
update source set published_on = date '2025-06-11', published_precision = 'APPROXIMATE'
    where file_name = '000_d0ee0f4fab4b2662.txt';
