-- A new product version's submission carries over the answers, evidence and decisions of the passport
-- of an earlier version of the same product, as a renewal does for the same version.
alter table submission add column carries_passport_id uuid;

-- A carried decision says where it was really made: by whom (decided_by), when, and for which
-- passport, so that the assessor sees what was reviewed before and reviews only what changed.
alter table criterion_decision add column carried_from_passport_id uuid;
alter table criterion_decision add column carried_from_code text;
alter table criterion_decision add column carried_decided_at timestamptz;
