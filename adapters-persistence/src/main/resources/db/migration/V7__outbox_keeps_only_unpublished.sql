-- The outbox is a buffer, not a history: the relay deletes the rows Kafka has acknowledged, so the
-- table stays as small as the backlog (Kafka keeps the events). A delete also costs PostgreSQL less
-- than the update that marked rows published: no new row version, no new index entries.
DELETE FROM outbox WHERE published_at IS NOT NULL;
DROP INDEX outbox_unpublished_idx;
ALTER TABLE outbox DROP COLUMN published_at;
