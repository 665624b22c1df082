-- Listings choose a page of ids from an index alone where they can, then read only those rows
-- (MessageListing).

-- A conversation is two index ranges, one per direction, each already in id order.
CREATE INDEX messages_conversation_idx ON messages (from_number, to_number, id DESC);

-- A direction in a created_at window (Flowroute's time for inbound messages, not the id's time):
-- the window's ids come from this index without reading the table, then the newest are kept.
CREATE INDEX messages_direction_created_at_idx ON messages (direction, created_at, id);
