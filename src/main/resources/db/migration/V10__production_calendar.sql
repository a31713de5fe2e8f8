-- The production calendar (производственный календарь), in Asia/Sakhalin local dates.
-- A year stored here is authoritative; a year not stored is computed from the rules of the
-- Labour Code by the application and shown as provisional (see docs/deadlines.md).

create table calendar_year (
    year        int          primary key,
    status      varchar(20)  not null check (status in ('CONFIRMED', 'PROVISIONAL')),
    source      varchar(500) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null
);

-- Only the days that differ from the plain weekday rule (Monday to Friday working): weekday
-- holidays and days off moved by decree, working weekend days, shortened pre-holiday days.
create table calendar_day (
    date  date         primary key,
    year  int          not null references calendar_year (year),
    kind  varchar(20)  not null check (kind in ('WORKING', 'SHORTENED', 'NON_WORKING')),
    note  varchar(300),
    check (extract(year from date) = year)
);
create index calendar_day_year_idx on calendar_day (year);

-- Every edit by an administrator: one row per changed day, and one per confirmation.
create table calendar_change (
    id          bigserial    primary key,
    year        int          not null,
    action      varchar(20)  not null check (action in ('DAY', 'IMPORT', 'CONFIRM')),
    date        date,
    old_kind    varchar(20),
    new_kind    varchar(20),
    note        varchar(300),
    reason      varchar(500),
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null
);
create index calendar_change_year_idx on calendar_change (year, changed_at desc);
