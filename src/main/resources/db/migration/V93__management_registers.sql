-- The МЦУ's management registers (Regulation 1.2.6, 1.2.8, 3.2.3.3, 1.1.3.6): recommendations to the
-- responsible recipients, digitalisation proposals and best practices, priorities for citizens' polls.
-- Every change is kept in register_event (what the weekly note reports) and in the audit log.

-- 1.2.6: a recommendation to a department of the directory or to an external recipient named in full
create table recommendation (
    id                   bigserial     primary key,
    text                 text          not null,
    addressee_department varchar(40)   references department (code),
    addressee_name       varchar(300),
    due_date             date          not null,  -- local day (Asia/Sakhalin)
    status               varchar(20)   not null,  -- DRAFT, SENT, IN_PROGRESS, DONE, REJECTED
    basis_rubric         varchar(80)   references rubric (code),    -- the slice of cases it rests on
    basis_district       varchar(40)   references district (code),
    basis_from           date,
    basis_to             date,
    basis_count          integer,                 -- cases of that slice when the recommendation was saved
    created_by           varchar(100)  not null,
    created_at           timestamptz   not null,
    updated_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    constraint recommendation_one_addressee check ((addressee_department is null) <> (addressee_name is null)),
    constraint recommendation_basis_period check ((basis_from is null) = (basis_to is null) and (basis_from is null or basis_from <= basis_to))
);
create index recommendation_due_idx on recommendation (due_date);

create table recommendation_case (
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    case_id           bigint not null references cases (id),
    primary key (recommendation_id, case_id)
);
create index recommendation_case_case_idx on recommendation_case (case_id);

-- 1.2.8, 3.2.3.3: a proposal to digitalise a process, or a best practice to take over
create table practice_proposal (
    id              bigserial     primary key,
    title           varchar(300)  not null,
    description     text          not null,
    kind            varchar(20)   not null,  -- DIGITALISATION, BEST_PRACTICE
    source          varchar(300)  not null,  -- the municipality or organisation it comes from
    effect_expected text,
    effect_measured text,
    status          varchar(20)   not null,  -- PROPOSED, ACCEPTED, IMPLEMENTING, IMPLEMENTED, REJECTED
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    updated_at      timestamptz   not null
);

-- 1.1.3.6: a problem point (a growth factor or a cluster of repeated complaints over a period) with the
-- question proposed for a citizens' poll
create table poll_priority (
    id             bigserial     primary key,
    point_key      varchar(400)  not null,  -- which point: growth:<level>:<topic>:<district> or cluster:<rubric>:<place>
    origin         varchar(20)   not null,  -- GROWTH, CLUSTER
    title          varchar(400)  not null,
    rubric_code    varchar(80)   references rubric (code),
    district_code  varchar(40)   references district (code),
    place          varchar(500),
    period_from    date          not null,
    period_to      date          not null,
    case_count     integer       not null,  -- cases of the point in the period, computed when it was added
    previous_count integer,                 -- the period of the same length before (growth factors)
    question       varchar(1000) not null,
    status         varchar(20)   not null,  -- PROPOSED, APPROVED, PUBLISHED, REJECTED
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null,
    updated_by     varchar(100)  not null,
    updated_at     timestamptz   not null,
    constraint poll_priority_once unique (point_key, period_from, period_to)
);

create table poll_priority_case (
    poll_priority_id bigint not null references poll_priority (id) on delete cascade,
    case_id          bigint not null references cases (id),
    primary key (poll_priority_id, case_id)
);

-- what changed in the registers and when: the weekly note's section and each entry's history
create table register_event (
    id          bigserial     primary key,
    register    varchar(30)   not null,  -- RECOMMENDATION, PROPOSAL, POLL_PRIORITY
    entry_id    bigint        not null,
    occurred_at timestamptz   not null,
    actor       varchar(100)  not null,
    action      varchar(20)   not null,  -- CREATED, UPDATED
    status_from varchar(20),
    status_to   varchar(20)   not null,
    detail      varchar(2000)
);
create index register_event_entry_idx on register_event (register, entry_id);
create index register_event_occurred_idx on register_event (occurred_at);
