-- What the block heads report as done on their themes in a week (Regulation 3.2.1), one text per
-- department and week; the head of the МЦУ may return a text for correction (RETURNED, with the
-- comment), and a returned text is left out of the note until it is written again.
create table weekly_note_block_text (
    id              bigserial    primary key,
    week_start      date         not null,  -- the Monday of the note's week (local)
    department_code varchar(40)  not null references department (code),
    body            text         not null,
    status          varchar(20)  not null,  -- SUBMITTED, RETURNED
    written_by      varchar(100) not null,
    written_at      timestamptz  not null,
    returned_by     varchar(100),
    returned_at     timestamptz,
    return_comment  text,
    unique (week_start, department_code)
);

-- an e-mail may carry one file (the weekly note's PDF), kept with it until it is sent
alter table outbox_message add column attachment_name varchar(200);
alter table outbox_message add column attachment_type varchar(100);
alter table outbox_message add column attachment      bytea;
