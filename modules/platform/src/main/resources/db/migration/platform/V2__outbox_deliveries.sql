-- One row per message and consumer: several modules react to one event, and each delivery is
-- retried on its own, so one consumer failing never holds back (or loses) another's delivery.
-- The message's own attempt columns stay for old rows; a message is delivered once every delivery is.
create table outbox_delivery (
    message_id      uuid not null references outbox_message (id),
    consumer        text not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0,
    last_error      text,
    delivered_at    timestamptz,
    primary key (message_id, consumer)
);
create index outbox_delivery_due on outbox_delivery (next_attempt_at) where delivered_at is null;
