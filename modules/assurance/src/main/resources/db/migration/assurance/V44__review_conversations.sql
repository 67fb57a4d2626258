-- Review conversations: a clarification thread per criterion, written by the assessor and the
-- supplier in turn and never changed, kept beside the decision history.
create table clarification_message (
    id              uuid primary key,
    submission_id   uuid not null references submission (id),
    criterion_code  text not null,
    side            text not null check (side in ('ASSESSOR', 'SUPPLIER')),
    author_id       uuid not null,
    author_name     text not null,
    organisation_id uuid not null,
    body            text not null,
    evidence_id     uuid references evidence_document (id),
    written_at      timestamptz not null
);
create index clarification_message_thread on clarification_message (submission_id, criterion_code, written_at);

-- Who reviews a submission: the assurance body that took it (the one that first assigned or returned
-- it) and, once assigned, one assessor of that body. Apart from the submission row so that assigning
-- never conflicts with the supplier's or another assessor's change to the submission itself.
create table submission_assignment (
    submission_id     uuid primary key references submission (id),
    assurance_body_id uuid not null,
    assessor_id       uuid,
    assessor_name     text,
    assigned_by       text,
    assigned_at       timestamptz,
    version           bigint not null
);
create index submission_assignment_assessor on submission_assignment (assessor_id);
create index submission_assignment_body on submission_assignment (assurance_body_id);
