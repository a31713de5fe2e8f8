-- Secrets the application creates for itself on first use (e.g. the key of citizens' access codes).
create table app_secret (
    name  varchar(60) primary key,
    value varchar(200) not null
);
alter table cases drop column access_code_hash;
