-- Roadmaps are approved by the block head of the responsible department (DRAFT → PENDING_APPROVAL
-- → ACTIVE; a return sends it back to DRAFT with the comment) and record their root cause from a
-- fixed list (RootCause, docs/analytics.md) plus free text.
alter table roadmap add column root_cause       varchar(40);
alter table roadmap add column root_cause_text  text;
alter table roadmap add column submitted_at     timestamptz;
alter table roadmap add column approved_by      varchar(100);
alter table roadmap add column approved_at      timestamptz;
alter table roadmap add column returned_by      varchar(100);
alter table roadmap add column returned_at      timestamptz;
alter table roadmap add column return_comment   text;

-- roadmaps drawn up before approval existed were run by the head of the МЦУ as approved
update roadmap set approved_by = created_by, approved_at = created_at where status in ('ACTIVE', 'DONE');
