-- Change tracking shared by writes, conditional GETs, feeds and caches.
-- version: optimistic locking (JPA @Version); created_at/updated_at: feeds and Last-Modified;
-- deleted_at: soft deletes, so nothing an editor removes is lost.
alter table event  add column version bigint default 0 not null;
alter table event  add column created_at timestamp with time zone default current_timestamp not null;
alter table event  add column updated_at timestamp with time zone default current_timestamp not null;
alter table event  add column deleted_at timestamp with time zone;

alter table source add column version bigint default 0 not null;
alter table source add column updated_at timestamp with time zone default current_timestamp not null;
alter table source add column deleted_at timestamp with time zone;

alter table actor  add column version bigint default 0 not null;
alter table actor  add column created_at timestamp with time zone default current_timestamp not null;
alter table actor  add column updated_at timestamp with time zone default current_timestamp not null;
alter table actor  add column deleted_at timestamp with time zone;

alter table figure add column version bigint default 0 not null;
alter table figure add column created_at timestamp with time zone default current_timestamp not null;
alter table figure add column updated_at timestamp with time zone default current_timestamp not null;
alter table figure add column deleted_at timestamp with time zone;

alter table claim  add column version bigint default 0 not null;
alter table claim  add column created_at timestamp with time zone default current_timestamp not null;
alter table claim  add column updated_at timestamp with time zone default current_timestamp not null;
alter table claim  add column deleted_at timestamp with time zone;

create index event_updated_at_idx on event (updated_at);

-- One row: bumped in the same transaction as every write, so any instance sharing the database can
-- tell whether what it has cached is current (revision) and when the store last changed.
create table store_change (
    id         integer primary key check (id = 1),
    revision   bigint not null,
    changed_at timestamp with time zone not null
);
insert into store_change (id, revision, changed_at) values (1, 1, current_timestamp);
