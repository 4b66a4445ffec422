-- Request budgets shared by every instance on one PostgreSQL database: how much of a client's
-- budget (reads per client address, writes per token) the instances have reserved in one fixed
-- window. Instances reserve in chunks with one upsert, so a request rarely touches this table.
-- Rows of past windows are deleted by the instances; H2 (one instance) keeps budgets in memory.
create table rate_limit_window (
    budget       varchar(32)  not null,
    client_key   varchar(200) not null,
    window_start bigint       not null,
    reserved     bigint       not null,
    primary key (budget, client_key, window_start)
);
create index rate_limit_window_start on rate_limit_window (window_start);
