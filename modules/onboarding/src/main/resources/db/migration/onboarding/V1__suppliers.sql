create table supplier_profile (
    organisation_id        uuid primary key,
    legal_name             text not null,
    companies_house_number text not null,
    registered_address     text not null,
    ico_number             text not null,
    dspt_ods_code          text not null,
    contact_name           text not null,
    contact_email          text not null,
    contact_phone          text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null
);

create table invitation (
    id              uuid primary key,
    organisation_id uuid not null,
    email           text not null,
    token_hash      text not null unique,
    invited_by      uuid not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    version         bigint not null
);
create index invitation_organisation on invitation (organisation_id);
