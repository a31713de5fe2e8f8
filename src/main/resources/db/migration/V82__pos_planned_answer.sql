-- A ПОС message answered «запланировано» (seasonal works): the date the department promised the
-- works for, and when that interim answer was given. The message stays open (status PLANNED) until
-- the date, then the department completes the works and gives the final answer. The rating counts
-- planned answers apart: neither on time nor overdue.
alter table cases add column planned_for date;
alter table cases add column planned_answered_at timestamptz;
create index cases_planned_answered_idx on cases (planned_answered_at) where planned_answered_at is not null;
