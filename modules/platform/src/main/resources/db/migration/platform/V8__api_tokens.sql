-- API tokens for integrators: only a hash of each secret is kept (see TokenSecret).
create table api_token (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            text not null,
    token_hash      text not null unique,
    scopes          text not null,
    created_by      uuid not null references user_account (id),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    revoked_at      timestamptz,
    last_used_at    timestamptz
);
create index api_token_organisation on api_token (organisation_id, created_at desc);
