-- Server-side sessions: the cookie carries only a random token; the row is found by its SHA-256,
-- so a copy of this table does not let anyone sign in. Ending a session deletes its row, which ends
-- it on every node at once.
create table user_session (
    token_hash   text primary key,
    user_id      uuid not null references user_account (id) on delete cascade,
    form_token   text not null,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at   timestamptz not null
);
create index user_session_user on user_session (user_id);
create index user_session_expires on user_session (expires_at);

-- Consecutive failed sign-ins per subject ('account:<email>' or 'address:<ip>') and how long the
-- next attempt must wait. Keyed by the email as typed, so an unknown account is throttled exactly
-- like a known one and the answer never tells them apart.
create table sign_in_throttle (
    subject         text primary key,
    failures        integer not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz
);

-- Each failed sign-in, for the account owner and the platform admin to see.
create table sign_in_failure (
    id         uuid primary key,
    email      text not null,
    user_id    uuid,
    address    text not null,
    failed_at  timestamptz not null
);
create index sign_in_failure_user on sign_in_failure (user_id, failed_at desc);
create index sign_in_failure_at on sign_in_failure (failed_at);
