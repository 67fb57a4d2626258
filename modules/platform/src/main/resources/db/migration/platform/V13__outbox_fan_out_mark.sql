-- A message remembers that it has been given its deliveries, so the relay's fan-out reads only new
-- messages. It used to look at every undelivered message on every drain: with 40,000 waiting (the
-- search benchmark's bulk load) one fan-out took 30 s and delivery all but stopped.
alter table outbox_message add column fanned_out boolean not null default false;
update outbox_message m set fanned_out = true
 where m.delivered_at is not null or exists (select 1 from outbox_delivery d where d.message_id = m.id);
create index outbox_message_to_fan_out on outbox_message (created_at) where not fanned_out;
