-- Regional innovation boards: member trusts by ODS code (a trust may sit on several boards) and
-- the users who sit on the board.
create table board (
    id          uuid primary key,
    name        text not null unique,
    region      text not null,
    created_at  timestamptz not null,
    version     bigint not null
);

create table board_trust (
    board_id    uuid not null references board (id),
    ods_code    text not null,
    primary key (board_id, ods_code)
);
create index board_trust_ods on board_trust (ods_code);

create table board_member (
    board_id     uuid not null references board (id),
    user_id      uuid not null,
    display_name text not null,
    primary key (board_id, user_id)
);
create index board_member_user on board_member (user_id);

create table programme (
    id              uuid primary key,
    board_id        uuid not null references board (id),
    title           text not null,
    problem         text not null,
    target_outcome  text not null,
    budget_pence    bigint not null check (budget_pence >= 0),
    starts_on       date not null,
    ends_on         date not null,
    status          text not null check (status in ('PLANNED', 'RUNNING', 'CLOSED')),
    created_at      timestamptz not null,
    version         bigint not null,
    check (ends_on >= starts_on)
);
create index programme_board on programme (board_id);

create table programme_trust (
    programme_id uuid not null references programme (id),
    ods_code     text not null,
    primary key (programme_id, ods_code)
);

create table shortlist_entry (
    programme_id uuid not null references programme (id),
    product_id   uuid not null,
    product_name text not null,
    assurance    text not null,
    added_by     text not null,
    added_at     timestamptz not null,
    primary key (programme_id, product_id)
);

-- Decisions are never edited: a new decision supersedes the old, which keeps its text and gains a pointer.
create table board_decision (
    id            uuid primary key,
    programme_id  uuid not null references programme (id),
    product_id    uuid not null,
    outcome       text not null check (outcome in ('APPROVE_FOR_SCALE_UP', 'DEFER', 'REJECT')),
    rationale     text not null,
    decided_on    date not null,
    voters        text not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    superseded_by uuid references board_decision (id),
    version       bigint not null
);
create index board_decision_programme on board_decision (programme_id, product_id);

-- One pipeline per trust and product version.
create table adoption (
    id              uuid primary key,
    trust_id        uuid not null,
    trust_ods       text not null,
    trust_name      text not null,
    product_id      uuid not null,
    product_name    text not null,
    product_version text not null,
    supplier_id     uuid not null,
    passport_id     uuid,
    stage           text not null check (stage in ('INTEREST', 'EVALUATING', 'LOCAL_ASSURANCE', 'PILOTING', 'ADOPTED', 'SCALED', 'STOPPED')),
    stop_reason     text,
    flag_reason     text,
    flagged_at      timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null,
    unique (trust_id, product_id)
);
create index adoption_trust_ods on adoption (trust_ods);
create index adoption_passport on adoption (passport_id);
create index adoption_supplier on adoption (supplier_id);

create table stage_move (
    id           uuid primary key,
    adoption_id  uuid not null references adoption (id),
    from_stage   text,
    to_stage     text not null,
    reason       text,
    moved_by     text not null,
    moved_at     timestamptz not null
);
create index stage_move_adoption on stage_move (adoption_id, moved_at);

-- DCB0160: the deploying trust's own clinical safety work, on top of the supplier's DCB0129 case.
create table safety_record (
    adoption_id         uuid primary key references adoption (id),
    cso_name            text,
    cso_body            text,
    cso_registration    text,
    safety_case_summary text,
    signed_off_by       text,
    signed_off_at       timestamptz,
    version             bigint not null
);

create table hazard (
    id                uuid primary key,
    adoption_id       uuid not null references safety_record (adoption_id),
    hazard            text not null,
    cause             text not null,
    effect            text not null,
    existing_controls text not null,
    added_controls    text not null,
    severity          integer not null check (severity between 1 and 5),
    likelihood        integer not null check (likelihood between 1 and 5),
    owner             text not null,
    status            text not null check (status in ('OPEN', 'MITIGATED', 'CLOSED')),
    justification     text,
    recorded_at       timestamptz not null
);
create index hazard_record on hazard (adoption_id, recorded_at);

-- In-app notices to a trust or a board; one per recipient, adoption and cause, so a repeated delivery writes nothing.
create table notification (
    id            uuid primary key,
    recipient_id  uuid not null,
    adoption_id   uuid not null references adoption (id),
    passport_id   uuid not null,
    kind          text not null,
    message       text not null,
    created_at    timestamptz not null,
    read_at       timestamptz,
    unique (recipient_id, adoption_id, passport_id, kind)
);
create index notification_recipient on notification (recipient_id, created_at desc);
