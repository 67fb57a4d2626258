-- The plain-English Health Store listing of a product version; all null until the supplier writes it.
alter table product
    add column listing_what_it_does    text,
    add column listing_who_it_is_for   text,
    add column listing_how_to_get_it   text,
    add column listing_cost_to_patient text,
    add column listing_data_used       text,
    add column listing_data_storage    text,
    add column listing_accessibility   text;
