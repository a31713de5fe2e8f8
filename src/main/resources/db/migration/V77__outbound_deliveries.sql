-- Outbound deliveries (ru.mcu.outbound): answers to ПОС messages, replies to incidents, answers
-- to ЕПГУ appeals and the daily feed for the regional ЦУР. Each row is written in the
-- transaction of the step that causes it and sent afterwards by a worker over HTTP (at least
-- once, with its delivery key as the Idempotency-Key header), or, when no endpoint is
-- configured, waits for an operator to place it by hand and record the link.
create table outbound_delivery (
    id              bigserial     primary key,
    delivery_key    varchar(160)  not null unique,
    adapter         varchar(20)   not null,
    case_number     varchar(20),
    title           varchar(300)  not null,
    text_body       text,
    payload         text          not null,
    status          varchar(20)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(2000),
    http_status     int,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    published_url   varchar(1000),
    published_at    timestamptz,
    published_by    varchar(64),
    version         bigint        not null default 0,
    constraint outbound_delivery_status_ck
        check (status in ('PENDING', 'SENT', 'REFUSED', 'FAILED', 'MANUAL', 'PUBLISHED')),
    constraint outbound_delivery_adapter_ck
        check (adapter in ('POS', 'INCIDENT', 'EPGU', 'BI'))
);
create index outbound_delivery_due_idx on outbound_delivery (next_attempt_at) where status = 'PENDING';
create index outbound_delivery_case_idx on outbound_delivery (case_number);
create index outbound_delivery_status_idx on outbound_delivery (status, id);
