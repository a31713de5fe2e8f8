-- Routing tables (issue 18): the tables a routing manager uploaded, tried on past cases and made
-- live, and each roll-back; the engine keeps the deployed versions, this keeps who and why.
create table routing_table (
    id                   bigserial    primary key,
    decision_key         varchar(100) not null,
    file_name            varchar(255) not null,
    xml                  text         not null,
    sha256               varchar(64)  not null,
    uploaded_by          varchar(100) not null,
    uploaded_at          timestamptz  not null,
    dry_run_by           varchar(100),
    dry_run_at           timestamptz,
    dry_run_summary      varchar(2000),
    activated_by         varchar(100),
    activated_at         timestamptz,
    engine_version       int,
    engine_definition_id varchar(64),
    replaced_version     int,
    rollback_to_version  int
);
create index routing_table_version_idx on routing_table (decision_key, engine_version);

-- What each case was routed with: the version of the routing table and its inputs, so that a dry
-- run evaluates a new table on what the old one saw (the rubric and district may change later).
-- The text is not copied: the case keeps it (erased with the personal data).
create table routing_record (
    case_id              bigint       primary key references cases (id) on delete cascade,
    routed_at            timestamptz  not null,
    decision_definition_id varchar(64),
    decision_version     int,
    topic                varchar(100),
    rubric               varchar(100),
    district             varchar(100),
    department           varchar(100)
);
