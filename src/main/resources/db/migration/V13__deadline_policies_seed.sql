-- The defaults of the domain brief §3. 59-ФЗ terms are set by the law; the ПОС and incident
-- terms and the escalation delay are the project's defaults until the city sets its own.
insert into deadline_policy (regime, term_kind, unit, amount, is_default, updated_at, updated_by) values
('APPEAL_59FZ', 'REGISTRATION',            'CALENDAR_DAYS',  3, true, now(), 'system'),
('APPEAL_59FZ', 'FORWARDING',              'CALENDAR_DAYS',  7, true, now(), 'system'),
('APPEAL_59FZ', 'ANSWER',                  'CALENDAR_DAYS', 30, true, now(), 'system'),
('APPEAL_59FZ', 'EXTENSION_MAX',           'CALENDAR_DAYS', 30, true, now(), 'system'),
('APPEAL_59FZ', 'ESCALATION_SECOND_LEVEL', 'WORKING_DAYS',   3, true, now(), 'system'),
('POS',         'MODERATION',              'WORKING_DAYS',   1, true, now(), 'system'),
('POS',         'COORDINATION',            'WORKING_DAYS',   1, true, now(), 'system'),
('POS',         'ANSWER',                  'WORKING_DAYS',  10, true, now(), 'system'),
('POS',         'ESCALATION_SECOND_LEVEL', 'WORKING_DAYS',   3, true, now(), 'system'),
('INCIDENT',    'INTERIM',                 'WORKING_HOURS',  9, true, now(), 'system'),
('INCIDENT',    'INTERIM_HIGH',            'WORKING_HOURS',  4, true, now(), 'system'),
('INCIDENT',    'ANSWER',                  'WORKING_DAYS',   7, true, now(), 'system'),
('INCIDENT',    'ESCALATION_SECOND_LEVEL', 'WORKING_DAYS',   3, true, now(), 'system');
