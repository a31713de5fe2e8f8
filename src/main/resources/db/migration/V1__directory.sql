-- Reference data: responsible recipients (departments), districts, the rubricator.
-- Codes are stable: they name Camunda groups (dept-<code>) and appear in routing tables.

create table department (
    code             varchar(40)  primary key,
    name             varchar(300) not null,
    block_head_name  varchar(200) not null,
    block_head_email varchar(200) not null,
    active           boolean      not null default true
);

create table district (
    code      varchar(40)  primary key,
    name      varchar(200) not null,
    kind      varchar(20)  not null,  -- CITY_AREA or VILLAGE
    latitude  double precision not null,
    longitude double precision not null,
    sort_order int not null
);

create table rubric (
    code               varchar(80)  primary key,
    parent_code        varchar(80)  references rubric (code),
    name               varchar(200) not null,
    default_department varchar(40)  references department (code),
    forward_to         varchar(300),  -- the competent body, for topics outside municipal competence
    sort_order         int not null,
    active             boolean not null default true
);
create index rubric_parent_idx on rubric (parent_code);
