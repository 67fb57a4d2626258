create table organisation (
    id          uuid primary key,
    kind        text not null check (kind in ('SUPPLIER', 'NHS_TRUST', 'REGIONAL_BOARD', 'ASSURANCE_BODY', 'PLATFORM')),
    name        text not null,
    ods_code    text unique,
    created_at  timestamptz not null,
    version     bigint not null
);

create table user_account (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    email           text not null unique,
    display_name    text not null,
    password_hash   text not null,
    roles           text not null,
    active          boolean not null,
    created_at      timestamptz not null,
    version         bigint not null
);
create index user_account_organisation on user_account (organisation_id);

create table audit_entry (
    id              uuid primary key,
    occurred_at     timestamptz not null,
    actor_id        uuid,
    actor_email     text,
    organisation_id uuid,
    action          text not null,
    subject_type    text not null,
    subject_id      text not null,
    summary         text not null
);
create index audit_entry_subject on audit_entry (subject_type, subject_id, occurred_at desc);

create table outbox_message (
    id              uuid primary key,
    topic           text not null,
    payload         text not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0,
    last_error      text,
    delivered_at    timestamptz
);
create index outbox_message_due on outbox_message (next_attempt_at) where delivered_at is null;

-- Secrets the nodes share (session signing, passport digests), generated once by whichever node starts first.
create table signing_key (
    name        text primary key,
    secret      bytea not null,
    created_at  timestamptz not null
);
