-- One row per periodic job and period: whoever inserts it runs the job (see ClusterJobs).
create table job_run (
    job         text not null,
    period      timestamptz not null,
    node        text not null,
    claimed_at  timestamptz not null,
    attempts    integer not null,
    primary key (job, period)
);
