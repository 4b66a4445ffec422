-- PostgreSQL only (H2 has no index on an expression): the last day an event may cover, which a
-- date range's lower bound compares with. Without it a month's selection reads every event that
-- started before the month ended.
create index event_last_day_idx on event ((coalesce(end_date, start_date)));
