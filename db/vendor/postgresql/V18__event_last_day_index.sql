-- PostgreSQL only (H2 has no expression indexes): the lower bound of a date-range filter is on an
-- event's last day, coalesce(end_date, start_date), so that an event which began before the range
-- and runs into it is found. Without this index the range reads every event that started before
-- its end: a month's export at 100,000 events read a third of the store.
create index event_last_day_idx on event ((coalesce(end_date, start_date)));
