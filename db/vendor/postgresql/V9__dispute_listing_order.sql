-- PostgreSQL only: disputes are listed by subject name and attribute in code-point order (as H2
-- and the service compare strings), not in the database's locale order, which would ignore case
-- and punctuation differently on every installation.
drop index dispute_listing_idx;
drop index dispute_type_listing_idx;
alter table dispute alter column subject_name type varchar(300) collate "C";
alter table dispute alter column attribute type varchar(60) collate "C";
create index dispute_listing_idx on dispute (subject_rank, subject_name, attribute, subject_id);
create index dispute_type_listing_idx on dispute (subject_type, subject_name, attribute, subject_id);
