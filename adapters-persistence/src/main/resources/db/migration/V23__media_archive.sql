-- Inbound media to copy into our own storage (Flowroute's links are temporary). A row is written in
-- the transaction that stores its message, so a medium is never forgotten; workers of every replica
-- claim due rows with FOR UPDATE SKIP LOCKED under a claim token that fences their write-backs, and
-- a failed copy waits for next_attempt_at (back-off), its attempts and last error kept.
CREATE TABLE media_archive (
    message_id      uuid         NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    media_index     integer      NOT NULL,
    source_url      text         NOT NULL,
    state           varchar(16)  NOT NULL DEFAULT 'PENDING',
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    claim_token     uuid,
    last_error      text,
    storage_key     text,
    content_type    text,
    size_bytes      bigint,
    created_at      timestamptz  NOT NULL,
    archived_at     timestamptz,
    PRIMARY KEY (message_id, media_index),
    CONSTRAINT media_archive_state_check CHECK (state IN ('PENDING', 'ARCHIVED', 'FAILED')),
    CONSTRAINT media_archive_index_check CHECK (media_index >= 0)
);

-- The workers' claim and the backlog gauge walk only the rows still to copy.
CREATE INDEX media_archive_due_idx ON media_archive (next_attempt_at) WHERE state = 'PENDING';
