-- The message reconciliation (issue 18): texts someone else sent on our Flowroute account are
-- recorded as foreign outbound messages, and its last report is kept beside the inventory's.

ALTER TABLE messages ADD COLUMN is_foreign boolean NOT NULL DEFAULT false;

-- GET /v1/messages?foreign=true: few rows, newest first.
CREATE INDEX messages_foreign_idx ON messages (id DESC) WHERE is_foreign;

-- One report row per reconciliation: 1 the inventory's, 2 the messages'.
ALTER TABLE reconciliation_report DROP CONSTRAINT reconciliation_report_id_check;
ALTER TABLE reconciliation_report ADD CONSTRAINT reconciliation_report_id_check
    CHECK (id IN (1, 2));
