-- Batch imports of exported files: one row per run with its counts, kept current while it
-- runs, and one row per reason a row of the file was rejected.
create table import_job (
    id             bigserial    primary key,
    channel        varchar(20)  not null,          -- APPEAL, POS or INCIDENT
    file_name      varchar(300) not null,
    file_format    varchar(10)  not null,          -- JSON or CSV
    file_sha256    varchar(64)  not null,          -- to recognise the same file uploaded again
    started_by     varchar(100) not null,
    started_at     timestamptz  not null,
    finished_at    timestamptz,
    status         varchar(20)  not null,          -- RUNNING, DONE, FAILED
    failure        text,                           -- why a FAILED job stopped
    heartbeat_at   timestamptz  not null default now(), -- renewed by the node that holds the job
    total_rows     int          not null,
    processed_rows int          not null default 0,
    created_rows   int          not null default 0,
    present_rows   int          not null default 0, -- filed before: nothing created
    rejected_rows  int          not null default 0,
    version        bigint       not null default 0,
    constraint import_job_counts_ck check (processed_rows = created_rows + present_rows + rejected_rows)
);
create index import_job_started_idx on import_job (started_at desc);
create index import_job_running_idx on import_job (heartbeat_at) where status = 'RUNNING';

create table import_rejection (
    id          bigserial    primary key,
    job_id      bigint       not null references import_job (id) on delete cascade,
    row_number  int          not null,           -- CSV: the line in the file; JSON: the position in the array
    external_id varchar(200),
    field       varchar(200),                    -- null when the row as a whole is wrong
    message     text         not null
);
create index import_rejection_job_idx on import_rejection (job_id, row_number, id);
