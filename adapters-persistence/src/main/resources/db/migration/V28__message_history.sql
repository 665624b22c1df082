-- Each message's steps (statuses reached, attempts sent back to the queue), written in the
-- transaction of the change (PostgresMessageHistory): the outbox forgets events once published (V7),
-- the console's timeline must not. No foreign key: a step is only ever written beside its message,
-- and the check would cost every status change an index probe.
CREATE TABLE message_history (
    seq                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id          uuid         NOT NULL,
    at                  timestamptz  NOT NULL,
    status              varchar(16)  NOT NULL,
    previous_status     varchar(16),
    code                text,
    reason              text,
    next_attempt_at     timestamptz,
    -- The delivery receipt that caused the step, if one did.
    receipt_flowroute_id varchar(255),
    receipt_level       integer,
    receipt_status      varchar(255),
    receipt_code        integer,
    receipt_description text,
    receipt_at          timestamptz
);

CREATE INDEX message_history_message_idx ON message_history (message_id, seq);
