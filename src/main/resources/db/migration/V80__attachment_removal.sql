-- A file added by mistake (the wrong case, the wrong scan) is removed by whoever added it: its
-- content goes, its row stays as a trace in the case's files («удалён … кем»), as a registry
-- office keeps a line in its journal rather than tearing the page out.
alter table case_attachment alter column content drop not null;
alter table case_attachment add column removed_at timestamptz;
alter table case_attachment add column removed_by varchar(300);
alter table case_attachment add constraint case_attachment_removed_has_no_content
    check (removed_at is null or content is null);
