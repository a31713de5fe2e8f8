-- The archive of weekly analytical notes: one per week (Monday, local date), rebuilt in place
-- until it is sent. The PDF is stored so that what was sent can be downloaded as it was.
create table weekly_note (
    id                  bigserial    primary key,
    week_start          date         not null unique,
    status              varchar(20)  not null,  -- DRAFT, SENT
    built_at            timestamptz  not null,
    html                text         not null,
    pdf                 bytea        not null,
    summary             text         not null,
    review_comment      text,
    reviewed_by         varchar(100),
    reviewed_at         timestamptz,
    sent_to             varchar(254),
    sent_at             timestamptz,
    process_instance_id varchar(64)
);
