-- The regional ЦУР's requests for materials (Regulation 3.2.3.4): when received, the term (from
-- a number of working days on the production calendar, or entered), who answers (a department
-- or a person), the answer and its date, and the files sent or received with it.
create table regional_request (
    id                     bigserial    primary key,
    received_on            date         not null,
    incoming_number        varchar(100),
    subject                varchar(1000) not null,
    term_working_days      int          check (term_working_days between 1 and 365),
    due_on                 date         not null,
    responsible_department varchar(40)  references department (code),
    responsible_person     varchar(300),
    answer_text            text,
    answered_on            date,
    created_at             timestamptz  not null,
    created_by             varchar(100) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(100) not null,
    constraint regional_request_responsible_ck check (responsible_department is not null or responsible_person is not null),
    constraint regional_request_due_ck check (due_on >= received_on),
    constraint regional_request_answer_ck check (answered_on is null or answered_on >= received_on)
);
create index regional_request_received_idx on regional_request (received_on desc, id desc);

-- Files of a request: checked like a case's files (mcu.attachments: size, allow-list by magic bytes).
create table regional_request_file (
    id            bigserial    primary key,
    request_id    bigint       not null references regional_request (id) on delete cascade,
    file_name     varchar(255) not null,
    file_type     varchar(10)  not null,
    content_type  varchar(120) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(100) not null
);
create index regional_request_file_request_idx on regional_request_file (request_id, uploaded_at);
alter table regional_request_file alter column content set storage external;
