-- The staff's case search (/cases/search): a part of a number, words of the place's address,
-- and, for those who may see citizens, the start of the citizen's name (the surname) and words
-- of his postal address. Each is a substring match, which only a trigram index serves; the
-- expressions are the ones CaseQueries.search spells (lower case, «ё» read as «е»).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index if not exists cases_number_trgm_idx on cases using gin (number gin_trgm_ops);
create index if not exists cases_address_trgm_idx on cases using gin (lower(translate(address, 'Ёё', 'Ее')) gin_trgm_ops);
create index if not exists cases_citizen_name_trgm_idx on cases using gin (lower(translate(citizen_full_name, 'Ёё', 'Ее')) gin_trgm_ops);
create index if not exists cases_citizen_address_trgm_idx on cases using gin (lower(translate(citizen_postal_address, 'Ёё', 'Ее')) gin_trgm_ops);
