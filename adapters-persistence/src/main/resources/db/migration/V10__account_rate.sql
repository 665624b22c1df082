-- The Flowroute account's send rate, shared by every replica. Each kind (sms, mms) has R = ceil(rate)
-- permit slots; a slot is free again one window (R / rate seconds) after the send that used it was
-- answered, so no window of Flowroute's clock sees more than R sends of that kind from all replicas
-- together. A taken slot is leased (free_at in the future) so that a replica that dies holding it
-- gives it back by itself; holder fences the release of a lapsed lease. Times are the database's.
CREATE TABLE rate_permits (
    kind    text        NOT NULL,
    slot    integer     NOT NULL,
    free_at timestamptz NOT NULL,
    holder  bigint,
    PRIMARY KEY (kind, slot)
);

-- A 429 pauses the kind for every replica until paused_until.
CREATE TABLE rate_pauses (
    kind         text        PRIMARY KEY,
    paused_until timestamptz NOT NULL
);
