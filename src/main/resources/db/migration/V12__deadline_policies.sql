-- Deadline policies as data (domain brief §3): the term of each kind per regime, channel and
-- rubric. Lookup goes from the most specific to the regime's default (docs/deadlines.md).

create table deadline_policy (
    id          bigserial    primary key,
    regime      varchar(20)  check (regime in ('APPEAL_59FZ', 'POS', 'INCIDENT')),
    channel     varchar(20)  check (channel in ('LETTER', 'EPGU', 'SITE', 'RECEPTION', 'POS', 'INCIDENT')),
    rubric      varchar(80)  references rubric (code),
    term_kind   varchar(40)  not null,
    unit        varchar(20)  not null check (unit in ('CALENDAR_DAYS', 'WORKING_DAYS', 'WORKING_HOURS')),
    amount      int          not null check (amount between 1 and 1000),
    is_default  boolean      not null default false,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    check ((regime is null) <> (channel is null)),
    check (not is_default or (regime is not null and rubric is null))
);
create unique index deadline_policy_scope_uq
    on deadline_policy (coalesce(regime, ''), coalesce(channel, ''), coalesce(rubric, ''), term_kind);

-- Every change of a policy: who, when, old -> new. Kept when an override is removed.
create table deadline_policy_change (
    id          bigserial    primary key,
    policy_id   bigint       not null,
    action      varchar(20)  not null check (action in ('CREATED', 'UPDATED', 'DELETED')),
    regime      varchar(20),
    channel     varchar(20),
    rubric      varchar(80),
    term_kind   varchar(40)  not null,
    old_unit    varchar(20),
    old_amount  int,
    new_unit    varchar(20),
    new_amount  int,
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null
);
create index deadline_policy_change_at_idx on deadline_policy_change (changed_at desc);
