-- Answer templates the МЦУ keeps per rubric: the clerk's draft answer starts from the template of
-- the case's rubric (or of its parent rubric, or the general one), filled with the case's data.
create table answer_template (
    id          bigserial primary key,
    rubric_code varchar(100),
    title       varchar(200) not null,
    body        text         not null,
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
-- one template per rubric, one general (no rubric)
create unique index answer_template_rubric on answer_template ((coalesce(rubric_code, '')));
