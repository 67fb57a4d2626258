-- A supplier may withdraw a submission before a decision; it is kept, read-only, with its history.
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PASSPORT_ISSUED', 'WITHDRAWN'));
