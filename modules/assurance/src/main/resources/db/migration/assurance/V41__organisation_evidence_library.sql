-- Evidence about the supplier as a whole (DSPT, Cyber Essentials, ICO registration) is held once in
-- its evidence library: one current document per type, used by every submission of every product.
-- A new version moves the row to the new document; the old one stays, superseded, as before.
create table evidence_library (
    supplier_id   uuid not null,
    evidence_type text not null,
    evidence_id   uuid not null references evidence_document (id),
    linked_at     timestamptz not null,
    primary key (supplier_id, evidence_type)
);
create unique index evidence_library_document on evidence_library (evidence_id);

-- The first assessor to sign off an organisation document (a passport issued on it) vouches for it
-- until it expires or is replaced; later passports reuse that sign-off rather than repeat it.
create table evidence_sign_off (
    evidence_id      uuid primary key references evidence_document (id),
    signed_off_by    text not null,
    signed_off_on    date not null,
    submission_id    uuid not null references submission (id),
    submission_label text not null
);
