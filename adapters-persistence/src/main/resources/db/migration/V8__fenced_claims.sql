-- Fenced claims: each claim stores a token, and every write-back of a dispatch holds only while the
-- row still carries it. attempted_at is the time of a send whose outcome we never learned (a timeout,
-- a 5xx, a sender that died after it began): such a message is looked up at Flowroute in a window
-- anchored at that time before it may be sent again.
ALTER TABLE messages ADD COLUMN claim_token uuid;
ALTER TABLE messages ADD COLUMN attempted_at timestamptz;

-- Rows in flight when this version is deployed may have been sent: look them up first.
UPDATE messages SET attempted_at = updated_at
WHERE direction = 'OUTBOUND'
  AND (status = 'SENDING' OR (status = 'QUEUED' AND failure_code = 'uncertain'));

-- SMS and MMS are claimed apart (Flowroute counts their rates apart): a claim of one kind walks
-- only that kind's due rows, so an MMS backlog never stands in front of the SMS.
CREATE INDEX messages_due_kind_idx ON messages ((media <> '[]'::jsonb), next_attempt_at)
    WHERE status IN ('QUEUED', 'SENDING') AND direction = 'OUTBOUND';
