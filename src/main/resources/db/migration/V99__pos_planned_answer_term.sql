-- The answer term a ПОС message had when it was answered «запланировано». The fresh term given on
-- the planned date replaces answer_due_at, so the lateness of the planned answer is judged against
-- this one: a planned answer given after it counts as an answer with a breach of the term.
alter table cases add column planned_answer_due_at timestamptz;
update cases set planned_answer_due_at = answer_due_at where planned_answered_at is not null and status = 'PLANNED';
