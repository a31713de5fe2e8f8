-- How long the author of a ПОС message may rate the answer before the message closes without a
-- rating (the project's default until the city sets its own).
insert into deadline_policy (regime, term_kind, unit, amount, is_default, updated_at, updated_by) values
('POS', 'RATING_WINDOW', 'WORKING_DAYS', 5, true, now(), 'system');
