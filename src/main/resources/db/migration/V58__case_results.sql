-- The result of an appeal as ССТУ.РФ counts it, chosen by the block head at approval or set
-- automatically (ст. 11 59-ФЗ, forwarding), and the additional control of an answer that
-- promises works: until which day, whether the department has been reminded for that day, and
-- who confirmed the works were done.
alter table cases add column result_type             varchar(40);
alter table cases add column result_type_automatic   boolean not null default false;
alter table cases add column control_until           date;
alter table cases add column control_reminded_for    date;
alter table cases add column control_closed_at       timestamptz;
alter table cases add column control_closed_by       varchar(100);
alter table cases add column control_closing_note    text;

create index cases_result_type_idx on cases (result_type) where result_type is not null;
create index cases_control_open_idx on cases (control_until) where control_until is not null and control_closed_at is null;
