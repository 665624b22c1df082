-- Scheduling and cancel (issue 18): a message may be held back until send_at and must never be sent
-- after expires_at; a caller may cancel one not yet handed to Flowroute (CANCELED, final).
--
-- The dispatcher needs no new index: a scheduled message is queued with next_attempt_at = send_at,
-- so the claim's walk of messages_due_kind_idx (next_attempt_at <= now) skips it until then, and a
-- retry never waits past expires_at (next_attempt_at is capped at it), so an expired message becomes
-- due on time and the dispatcher ends it EXPIRED instead of sending it.
ALTER TABLE messages ADD COLUMN send_at timestamptz;
ALTER TABLE messages ADD COLUMN expires_at timestamptz;

ALTER TABLE messages DROP CONSTRAINT messages_status_check;
ALTER TABLE messages ADD CONSTRAINT messages_status_check CHECK (status IN (
    'ACCEPTED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED',
    'FAILED', 'EXPIRED', 'REJECTED', 'RECEIVED', 'CANCELED'));

ALTER TABLE messages ADD CONSTRAINT messages_schedule_check
    CHECK (send_at IS NULL OR expires_at IS NULL OR expires_at > send_at);
