-- A created_at window without a direction has its ids read from this index alone, then sorted by
-- id (MessageListing): it replaces the plain created_at index, so writes keep the same number of
-- indexes to maintain.
CREATE INDEX messages_created_at_id_idx ON messages (created_at, id);
DROP INDEX messages_created_at_idx;
