create table submission (
    id                 uuid primary key,
    product_id         uuid not null,
    supplier_id        uuid not null,
    template_id        text not null,
    template_version   text not null,
    status             text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PASSPORT_ISSUED')),
    renews_passport_id uuid,
    passport_id        uuid,
    submitted_at       timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null
);
create index submission_supplier on submission (supplier_id);
create index submission_status on submission (status);

create table answer (
    submission_id  uuid not null references submission (id),
    criterion_code text not null,
    value          text,
    not_applicable boolean not null,
    justification  text,
    changed_at     timestamptz not null,
    primary key (submission_id, criterion_code)
);

-- Every decision is kept; REOPENED marks a criterion whose answer or evidence changed since.
create table criterion_decision (
    id             uuid primary key,
    submission_id  uuid not null references submission (id),
    criterion_code text not null,
    decision       text not null check (decision in ('MET', 'NOT_MET', 'CLARIFICATION_NEEDED', 'REOPENED')),
    comment        text,
    decided_by     text not null,
    decided_at     timestamptz not null
);
create index criterion_decision_submission on criterion_decision (submission_id, criterion_code, decided_at);

-- Documents never change: a correction is a new row that supersedes the old one.
create table evidence_document (
    id             uuid primary key,
    supplier_id    uuid not null,
    evidence_type  text not null,
    reference      text,
    issuer         text,
    issued_on      date not null,
    expires_on     date,
    file_name      text not null,
    size_bytes     bigint not null,
    sha256         text not null,
    page_count     integer not null,
    text_content   text not null,
    active_content text not null,
    version_number integer not null,
    supersedes_id  uuid references evidence_document (id),
    uploaded_by    text not null,
    uploaded_at    timestamptz not null
);
create index evidence_document_supplier on evidence_document (supplier_id);

create table evidence_content (
    evidence_id uuid primary key references evidence_document (id),
    content     bytea not null
);

create table submission_evidence (
    submission_id uuid not null references submission (id),
    evidence_id   uuid not null references evidence_document (id),
    linked_at     timestamptz not null,
    primary key (submission_id, evidence_id)
);

create table passport (
    id               uuid primary key,
    code             text not null unique,
    product_id       uuid not null,
    product_name     text not null,
    product_version  text not null,
    supplier_id      uuid not null,
    supplier_name    text not null,
    submission_id    uuid not null unique references submission (id),
    template_id      text not null,
    template_version text not null,
    assurance_body   text not null,
    assessor_name    text not null,
    issued_on        date not null,
    expires_on       date not null,
    status           text not null check (status in ('ISSUED', 'EXPIRING', 'EXPIRED', 'SUSPENDED', 'REVOKED', 'SUPERSEDED')),
    status_reason    text,
    conditions       text not null,
    digest           text not null,
    superseded_by    uuid,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null
);
create index passport_product on passport (product_id);
create index passport_status on passport (status, expires_on);

create table passport_evidence (
    passport_id   uuid not null references passport (id),
    evidence_id   uuid not null references evidence_document (id),
    evidence_type text not null,
    reference     text,
    issuer        text,
    issued_on     date not null,
    expires_on    date,
    sha256        text not null,
    signed_off_by text not null,
    primary key (passport_id, evidence_id)
);

create table reliance (
    id          uuid primary key,
    passport_id uuid not null references passport (id),
    trust_id    uuid not null,
    trust_name  text not null,
    relied_by   text not null,
    relied_at   timestamptz not null,
    unique (passport_id, trust_id)
);

create table notification (
    id              uuid primary key,
    organisation_id uuid not null,
    passport_id     uuid not null,
    kind            text not null,
    message         text not null,
    created_at      timestamptz not null,
    unique (organisation_id, passport_id, kind)
);
