-- Passports are signed (JWS, ES256) with a private key kept outside the database, instead of a keyed
-- digest whose key sat beside them. A migration cannot reach that key, so passports issued before
-- this change are signed at start by the application (PassportResigning), each only when its old
-- digest still vouches for its content; it then clears the digest. The digest column stays, nullable
-- and unread by anything else, until a later migration drops it once every node runs this release
-- and no passport still carries a digest.
alter table passport add column jws text;
alter table passport alter column digest drop not null;

-- What a passport replaced is part of what it vouches for, so it is kept with it rather than worked
-- out from the passports it superseded.
alter table passport add column supersedes text not null default '';
update passport p set supersedes = coalesce((select string_agg(e.id::text, E'\n' order by e.id::text)
                                             from passport e where e.superseded_by = p.id), '');
alter table passport alter column supersedes drop default;
