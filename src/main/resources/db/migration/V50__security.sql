-- Access control and personal data (docs/security.md)

-- API tokens of the channels' integrations: only the SHA-256 of the secret is kept
create table api_token (
    id          bigserial    primary key,
    name        varchar(200) not null,
    channel     varchar(20)  not null,
    token_hash  char(64)     not null unique,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    revoked_at  timestamptz,
    revoked_by  varchar(100),
    last_used_at timestamptz
);

-- who read personal data, who changed what through the API, what the retention job erased;
-- changes made in the processes are in case_event and shown next to these entries
create table audit_log (
    id          bigserial    primary key,
    occurred_at timestamptz  not null,
    actor       varchar(200) not null,
    action      varchar(40)  not null,
    surface     varchar(40)  not null,
    case_number varchar(20),
    detail      varchar(2000)
);
create index audit_log_occurred_idx on audit_log (occurred_at);
create index audit_log_case_idx on audit_log (case_number);
create index audit_log_actor_idx on audit_log (actor, occurred_at);

-- closed cases whose personal data the retention job removed
alter table cases add column anonymised_at timestamptz;
create index cases_retention_idx on cases (closed_at) where status = 'CLOSED' and anonymised_at is null;
create index case_event_occurred_idx on case_event (occurred_at);
