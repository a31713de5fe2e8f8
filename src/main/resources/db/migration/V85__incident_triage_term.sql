-- An incident's triage by the «Инцидент Менеджмент» coordinator gets its own short term, counted
-- from receipt; the interim answer's term (9 / 4 working hours) now counts from the moment triage
-- hands the incident to the department. One working hour is the project's default until the city
-- sets its own (editable on /deadlines, per rubric as well).
insert into deadline_policy (regime, term_kind, unit, amount, is_default, updated_at, updated_by) values
('INCIDENT', 'TRIAGE', 'WORKING_HOURS', 1, true, now(), 'system');
