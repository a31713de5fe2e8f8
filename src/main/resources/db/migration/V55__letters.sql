-- Letters of the administration to citizens on paper (59-ФЗ ст. 10 ч. 3–4): the register of
-- outgoing numbers and the letters themselves, fixed as recorded with the step that caused them.

-- One counter per year; advanced in the transaction that records the letter, so the numbers
-- of a year run without gaps: a rolled-back step gives its number back.
create table letter_counter (
    year       int    primary key,
    last_value bigint not null
);

create table letter (
    id                 bigserial     primary key,
    -- the business fact the letter is for (kind, case, step): the same fact gets one letter
    letter_key         varchar(160)  not null unique,
    number             varchar(40)   not null unique,
    letter_date        date          not null,
    kind               varchar(30)   not null,
    case_number        varchar(20)   not null,
    case_received_on   date,
    addressee_name     varchar(300)  not null,
    addressee_address  varchar(1000) not null,
    sender_name        varchar(300)  not null,
    sender_address     varchar(500)  not null,
    sender_contacts    varchar(500),
    signatory_login    varchar(100),
    signatory_name     varchar(200)  not null,
    signatory_position varchar(300)  not null,
    title              varchar(300)  not null,
    body               text          not null,
    created_at         timestamptz   not null,
    sent_on            date,
    tracking_number    varchar(40),
    sent_by            varchar(100),
    sent_recorded_at   timestamptz,
    version            bigint        not null default 0
);
-- the queue: letters not yet handed to the post, oldest first
create index letter_unsent_idx on letter (created_at, id) where sent_on is null;
create index letter_case_idx on letter (case_number);
