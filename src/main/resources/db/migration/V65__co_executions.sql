-- Co-executors of a 59-ФЗ appeal: departments other than the lead one, each with its own
-- sub-term and its own task; their contributions are gathered by the lead department's answer.
create table case_co_execution (
    id              bigserial    primary key,
    case_id         bigint       not null references cases (id),
    department_code varchar(40)  not null references department (code),
    assigned_at     timestamptz  not null,
    assigned_by     varchar(100) not null,
    due_at          timestamptz  not null,
    contribution    text,
    contributed_by  varchar(100),
    contributed_at  timestamptz,
    constraint case_co_execution_uq unique (case_id, department_code),
    check ((contribution is null) = (contributed_at is null))
);
create index case_co_execution_department_idx on case_co_execution (department_code, assigned_at);

-- The sub-term's defaults (editable on the policies page): 10 working days from assignment, but
-- no later than 5 working days before the answer term, so that the lead department has time to
-- gather the contributions into its answer.
insert into deadline_policy (regime, term_kind, unit, amount, is_default, updated_at, updated_by) values
('APPEAL_59FZ', 'CO_EXECUTION',         'WORKING_DAYS', 10, true, now(), 'system'),
('APPEAL_59FZ', 'CO_EXECUTION_RESERVE', 'WORKING_DAYS',  5, true, now(), 'system');
