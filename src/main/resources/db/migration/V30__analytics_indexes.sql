-- Indexes for the analytics queries (rating, heat map, growth, exports). Each figure is a
-- range on one instant column, so each range has an index and the rating query ORs them
-- into one bitmap scan instead of reading every case (see docs/performance.md).
create index cases_answered_at_idx       on cases (answered_at) where answered_at is not null;
create index cases_rated_at_idx          on cases (rated_at) where rated_at is not null;
create index cases_first_reaction_at_idx on cases (first_reaction_at) where first_reaction_at is not null;
-- open cases by their term: "open and overdue now"; the predicate is the one the queries use
create index cases_open_due_idx          on cases (answer_due_at) where answered_at is null and closed_at is null;
