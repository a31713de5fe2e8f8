-- Files on cases (docs/attachments.md): scans of letters, photos, signed answers, evidence of
-- work done. Kept next to the case, so that a case and its files are written in one
-- transaction, backed up together and erased together by the retention job.
create table case_attachment (
    id            bigserial    primary key,
    case_id       bigint       not null references cases (id) on delete cascade,
    kind          varchar(20)  not null,
    file_name     varchar(255) not null,
    file_type     varchar(10)  not null,
    content_type  varchar(120) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(300) not null
);
create index case_attachment_case_idx on case_attachment (case_id, uploaded_at);

-- PDF, JPEG, PNG, HEIC, DOCX and ODT are compressed already: kept out of line without
-- compressing them again
alter table case_attachment alter column content set storage external;
