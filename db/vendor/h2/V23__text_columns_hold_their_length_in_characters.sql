-- H2 only: a varchar's length counts UTF-16 code units on H2 but characters on PostgreSQL, and the
-- API bounds text in characters (code points), so on H2 a title of 200 emoji (400 code units) would
-- pass the API's check and then not fit its column. Every column that may hold text beyond the BMP
-- gets room for twice its length in code units here; the API and a backup's rows keep it to the
-- length in characters, as on PostgreSQL. Identifiers, codes and enum columns are ASCII and stay.
alter table source alter column title set data type varchar(600);
alter table source alter column outlet set data type varchar(400);
alter table source alter column authors set data type varchar(600);
alter table source alter column summary set data type varchar(4000);
alter table source_citation alter column name set data type varchar(400);
alter table topic alter column name set data type varchar(240);
alter table topic alter column description set data type varchar(1000);
alter table actor alter column name set data type varchar(400);
alter table actor alter column title set data type varchar(400);
alter table event alter column title set data type varchar(400);
alter table event alter column summary set data type varchar(4000);
alter table event alter column location set data type varchar(400);
alter table event_participant alter column role set data type varchar(400);
alter table figure alter column label set data type varchar(400);
alter table figure alter column unit set data type varchar(60);
alter table claim_attribute alter column label set data type varchar(240);
alter table claim alter column claim_value set data type varchar(400);
alter table claim alter column value_label set data type varchar(600);
alter table claim alter column excerpt set data type varchar(800);
alter table dispute alter column subject_name set data type varchar(600);
alter table source_document alter column body set data type varchar(409600);
alter table ingest_suggestion alter column proposal_title set data type varchar(400);
alter table ingest_suggestion alter column claim_value set data type varchar(400);
alter table ingest_suggestion alter column value_label set data type varchar(600);
alter table ingest_suggestion alter column excerpt set data type varchar(800);
alter table ingest_suggestion alter column rule set data type varchar(160);
alter table event_revision alter column changes set data type varchar(400000);
alter table source_revision alter column changes set data type varchar(400000);
