-- In-app notifications any module may send: to one user, or to every user of an organisation.
-- A sender that reacts to an outbox message passes the message id as dedupe_key, so a redelivery
-- never writes the same notification twice.
create table notification (
    id           uuid primary key,
    recipient_id uuid not null,
    kind         text not null,
    subject_type text not null,
    subject_id   uuid not null,
    message      text not null,
    dedupe_key   uuid not null,
    created_at   timestamptz not null,
    read_at      timestamptz,
    unique (recipient_id, dedupe_key)
);
create index notification_recipient on notification (recipient_id, created_at desc);
