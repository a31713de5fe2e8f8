-- ПОС: the single extension of the answer term the coordinator may grant. Neither the Regulation nor
-- the domain brief says whether the platform allows one; the project assumes one extension of
-- 5 working days (docs/pos.md), kept as the policy EXTENSION_MAX of the regime, editable on /deadlines.
insert into deadline_policy (regime, term_kind, unit, amount, is_default, updated_at, updated_by) values
('POS', 'EXTENSION_MAX', 'WORKING_DAYS', 5, true, now(), 'system');
