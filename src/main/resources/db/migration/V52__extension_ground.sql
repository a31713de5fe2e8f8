-- 59-ФЗ knows no suspension: waiting for another body's documents (ст. 10 ч. 2) is a ground
-- for an extension (ст. 12 ч. 2). Each extension request records its ground; older requests have none.
alter table case_extension add column ground varchar(40);
