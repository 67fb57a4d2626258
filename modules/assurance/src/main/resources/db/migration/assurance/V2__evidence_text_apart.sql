-- The extracted text (up to two million characters a document) is read only by evidence search;
-- kept apart, listing a submission's documents no longer carries it.
create table evidence_text (
    evidence_id  uuid primary key references evidence_document (id),
    text_content text not null
);
insert into evidence_text (evidence_id, text_content) select id, text_content from evidence_document;
alter table evidence_document drop column text_content;
