create table product (
    id               uuid primary key,
    line_id          uuid not null,
    supplier_id      uuid not null,
    name             text not null,
    product_version  text not null,
    summary          text not null,
    intended_purpose text not null,
    intended_users   text not null,
    care_settings    text not null,
    conditions       text not null,
    platforms        text not null,
    device_class     text not null,
    marking          text not null,
    nice_tier        text not null,
    standards        text not null,
    pricing_model    text not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null,
    unique (line_id, product_version)
);
create index product_supplier on product (supplier_id);
