-- Terms of a case, its suspensions (the clock stops) and extensions of the 59-ФЗ answer term.
alter table cases add column registration_due_at timestamptz;
alter table cases add column answer_due_at       timestamptz;
alter table cases add column overdue_since       timestamptz;
alter table cases add column extension_days      int not null default 0;
create index cases_answer_due_idx on cases (answer_due_at) where status <> 'CLOSED';

create table case_suspension (
    id           bigserial   primary key,
    case_id      bigint      not null references cases (id),
    suspended_at timestamptz not null,
    suspended_by varchar(100) not null,
    reason       text        not null,
    resumed_at   timestamptz,
    resumed_by   varchar(100)
);
create index case_suspension_case_idx on case_suspension (case_id);

create table case_extension (
    id           bigserial   primary key,
    case_id      bigint      not null references cases (id),
    requested_at timestamptz not null,
    requested_by varchar(100) not null,
    days         int         not null check (days > 0),
    reason       text        not null,
    decided_at   timestamptz,
    decided_by   varchar(100),
    approved     boolean,
    comment      text
);
create index case_extension_case_idx on case_extension (case_id);
