-- ПОС categories and subcategories mapped to our rubricator (page /pos-categories). Intake looks a
-- message's category + subcategory up here (case-insensitive), then the category alone (a row with
-- an empty subcategory); a pair found nowhere is added with no rubric, so the page lists it as
-- «не сопоставлена» for the ПОС coordinator to map.
create table pos_category_map (
    id          bigserial    primary key,
    category    varchar(200) not null,
    subcategory varchar(200) not null default '',  -- '' maps the whole category
    rubric_code varchar(80)  references rubric (code),
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null
);
create unique index pos_category_map_pair on pos_category_map (lower(category), lower(subcategory));

-- Seeded from the exact name matches intake made before: a top-level rubric's name as a ПОС category,
-- a subrubric's name as a subcategory of its parent's name.
insert into pos_category_map (category, subcategory, rubric_code, updated_by, updated_at)
select r.name, '', r.code, 'system', now() from rubric r where r.parent_code is null;
insert into pos_category_map (category, subcategory, rubric_code, updated_by, updated_at)
select p.name, r.name, r.code, 'system', now() from rubric r join rubric p on p.code = r.parent_code;

create index cases_pos_category_idx on cases (lower(category), lower(coalesce(subcategory, ''))) where channel = 'POS';
