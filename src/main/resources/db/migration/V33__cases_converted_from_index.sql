-- The foreign key cases.converted_from_id (V21) had no index, so deleting or re-keying cases
-- scanned the whole table once per row (found by the analytics bulk tests). Named so that a
-- later migration creating the same index elsewhere does not fail.
create index if not exists cases_converted_from_idx on cases (converted_from_id) where converted_from_id is not null;
