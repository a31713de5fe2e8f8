-- What only a ПОС message or only an incident has leaves the cases table for a table of its own,
-- keyed by the case: case_pos (the platform's category, reworks after low ratings, the answer
-- «запланировано») and case_incident (importance, the social network post, the interim answer
-- term, the evidence of a problem resolved on the spot). An appeal has a row in neither.
-- The data is kept: every case with a value in one of the columns gets its row.

create table case_pos (
    case_id               bigint primary key references cases (id) on delete cascade,
    category              varchar(200),
    subcategory           varchar(200),
    rework_count          int not null default 0,
    planned_for           date,
    planned_answered_at   timestamptz,
    planned_answer_due_at timestamptz
);

insert into case_pos (case_id, category, subcategory, rework_count, planned_for, planned_answered_at, planned_answer_due_at)
select id, category, subcategory, rework_count, planned_for, planned_answered_at, planned_answer_due_at
from cases
where channel = 'POS' or category is not null or subcategory is not null or rework_count <> 0 or planned_for is not null
   or planned_answered_at is not null or planned_answer_due_at is not null;

create table case_incident (
    case_id             bigint primary key references cases (id) on delete cascade,
    importance          varchar(10),
    source_network      varchar(40),
    source_url          varchar(1000),
    interim_due_at      timestamptz,
    interim_answered_at timestamptz,
    answer_evidence     text
);

insert into case_incident (case_id, importance, source_network, source_url, interim_due_at, interim_answered_at, answer_evidence)
select id, importance, source_network, source_url, interim_due_at, interim_answered_at, answer_evidence
from cases
where channel = 'INCIDENT' or importance is not null or source_network is not null or source_url is not null
   or interim_due_at is not null or interim_answered_at is not null or answer_evidence is not null;

-- the indexes on these columns go with them and are made again on the new tables
create index case_pos_category_idx on case_pos (lower(category), lower(coalesce(subcategory, '')));
create index case_pos_planned_answered_idx on case_pos (planned_answered_at) where planned_answered_at is not null;

alter table cases
    drop column category,
    drop column subcategory,
    drop column rework_count,
    drop column planned_for,
    drop column planned_answered_at,
    drop column planned_answer_due_at,
    drop column importance,
    drop column source_network,
    drop column source_url,
    drop column interim_due_at,
    drop column interim_answered_at,
    drop column answer_evidence;

-- Reports read a case with its channel's details as one row, as before the split. A case without
-- a ПОС row reads rework_count 0, as the column's default gave it. PostgreSQL leaves out the joins
-- a query takes no column from. The view lists the columns of cases as they are today: a later
-- column added to cases must be added here too (create or replace view).
create view case_facts as
select c.*,
       p.category, p.subcategory, coalesce(p.rework_count, 0) as rework_count, p.planned_for, p.planned_answered_at,
       p.planned_answer_due_at,
       i.importance, i.source_network, i.source_url, i.interim_due_at, i.interim_answered_at, i.answer_evidence
from cases c
left join case_pos p on p.case_id = c.id
left join case_incident i on i.case_id = c.id;
