-- The relays are woken after commit by the application (one coalesced NOTIFY per few ms per
-- replica): PostgreSQL serialises the commits of transactions that notify, so writers must not.
DROP TRIGGER outbox_notify_after_insert ON outbox;
DROP FUNCTION outbox_notify();
