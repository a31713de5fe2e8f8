-- ПОС messages and incidents on the same case record; citizens' ratings; linked cases.
alter table cases add column category          varchar(200);  -- ПОС category as received
alter table cases add column subcategory       varchar(200);
alter table cases add column importance        varchar(10);   -- incidents: HIGH or NORMAL
alter table cases add column source_network    varchar(40);   -- incidents: the social network
alter table cases add column source_url        varchar(1000);
alter table cases add column interim_due_at    timestamptz;   -- incidents: the interim answer term
alter table cases add column interim_answered_at timestamptz;
alter table cases add column first_reaction_at timestamptz;   -- the department's first step on the case
alter table cases add column rework_count      int not null default 0;
alter table cases add column rating_score      int check (rating_score between 1 and 5);
alter table cases add column rating_comment    text;
alter table cases add column rated_at          timestamptz;
alter table cases add column access_code_hash  varchar(100);  -- the citizen's code for status lookup and rating
alter table cases add column main_case_id      bigint references cases (id);  -- linked into one problem
alter table cases add column converted_from_id bigint references cases (id);  -- appeal made from a message
alter table cases add column answer_evidence   text;          -- incidents resolved on the spot: what proves it
create index cases_main_case_idx on cases (main_case_id);
create index cases_rubric_received_idx on cases (rubric_code, received_at);

-- Every rating a citizen gave, one per answer round (a low one sends the case back for rework).
create table case_rating (
    id       bigserial   primary key,
    case_id  bigint      not null references cases (id),
    round    int         not null,
    score    int         not null check (score between 1 and 5),
    comment  text,
    rated_at timestamptz not null,
    unique (case_id, round)
);
