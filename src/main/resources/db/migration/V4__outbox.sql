-- Transactional outbox: every e-mail is written in the transaction of the step that causes it
-- and delivered afterwards by a worker, with retries.
create table outbox_message (
    id              bigserial    primary key,
    message_key     varchar(120) not null unique,
    kind            varchar(40)  not null,
    case_number     varchar(20),
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    text_body       text         not null,
    html_body       text,
    status          varchar(20)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(2000),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    delivered_by    varchar(20)
);
create index outbox_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_case_idx on outbox_message (case_number);
