-- The case record: one row per appeal, ПОС message or incident, and its history.

create table cases (
    id                     bigserial    primary key,
    number                 varchar(20)  not null unique,
    channel                varchar(20)  not null,
    external_id            varchar(200),
    kind                   varchar(20),
    citizen_full_name      varchar(300),
    citizen_postal_address varchar(500),
    citizen_email          varchar(254),
    citizen_phone          varchar(40),
    text                   text         not null,
    rubric_code            varchar(80)  references rubric (code),
    district_code          varchar(40)  references district (code),
    address                varchar(500),
    latitude               double precision,
    longitude              double precision,
    received_at            timestamptz  not null,
    registered_at          timestamptz,
    answered_at            timestamptz,
    closed_at              timestamptz,
    department_code        varchar(40)  references department (code),
    status                 varchar(30)  not null,
    resolution             varchar(40),
    resolution_note        text,
    answer_text            text,
    forwarded_to           varchar(300),
    reroute_count          int          not null default 0,
    process_instance_id    varchar(64),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    constraint cases_channel_external_id_uq unique (channel, external_id)
);
create index cases_status_idx on cases (status);
create index cases_department_idx on cases (department_code);
create index cases_received_at_idx on cases (received_at);
create index cases_rubric_idx on cases (rubric_code);

create table case_event (
    id          bigserial    primary key,
    case_id     bigint       not null references cases (id),
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    type        varchar(40)  not null,
    description varchar(1000) not null,
    reason      text
);
create index case_event_case_idx on case_event (case_id, occurred_at);

-- Registration numbers run per channel prefix and year: A-2026-000001.
create table case_number_counter (
    prefix     varchar(4) not null,
    year       int        not null,
    last_value bigint     not null,
    primary key (prefix, year)
);
