-- Root-cause roadmaps (дорожные карты): a problem, the cases behind it, measures with an owner
-- department and a term. An overdue measure is e-mailed once per term to the owner's block head.
create table roadmap (
    id               bigserial    primary key,
    title            varchar(300) not null,
    problem          text         not null,
    status           varchar(20)  not null,  -- DRAFT, ACTIVE, DONE, CANCELLED
    source           varchar(300),           -- what it was made from: a growth factor, a cluster
    rubric_code      varchar(80)  references rubric (code),
    district_code    varchar(40)  references district (code),
    owner_department varchar(40)  references department (code),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create table roadmap_case (
    roadmap_id bigint not null references roadmap (id) on delete cascade,
    case_id    bigint not null references cases (id),
    primary key (roadmap_id, case_id)
);
create index roadmap_case_case_idx on roadmap_case (case_id);

create table roadmap_measure (
    id                bigserial    primary key,
    roadmap_id        bigint       not null references roadmap (id) on delete cascade,
    title             varchar(500) not null,
    department_code   varchar(40)  not null references department (code),
    due_date          date         not null,  -- local (Asia/Sakhalin): the term ends at the end of that day
    status            varchar(20)  not null,  -- PLANNED, IN_PROGRESS, DONE, CANCELLED
    done_at           timestamptz,
    notified_due_date date,                   -- the term whose overdue e-mail has been written
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create index roadmap_measure_roadmap_idx on roadmap_measure (roadmap_id);
create index roadmap_measure_open_due_idx on roadmap_measure (due_date) where status in ('PLANNED', 'IN_PROGRESS');
