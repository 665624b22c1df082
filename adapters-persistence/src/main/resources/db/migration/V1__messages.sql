-- Messages, delivery receipts, opt-outs and the transactional outbox.

CREATE TABLE messages (
    id              uuid         PRIMARY KEY,
    direction       varchar(16)  NOT NULL,
    from_number     varchar(16)  NOT NULL,
    to_number       varchar(16)  NOT NULL,
    body            text,
    media           jsonb        NOT NULL DEFAULT '[]'::jsonb,
    status          varchar(16)  NOT NULL,
    flowroute_id    varchar(255),
    idempotency_key varchar(255),
    fingerprint     varchar(128),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    failure_code    varchar(255),
    failure_reason  text,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT messages_direction_check CHECK (direction IN ('OUTBOUND', 'INBOUND')),
    CONSTRAINT messages_status_check CHECK (status IN (
        'ACCEPTED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED',
        'FAILED', 'EXPIRED', 'REJECTED', 'RECEIVED')),
    CONSTRAINT messages_attempts_check CHECK (attempts >= 0)
);

-- Flowroute retries webhooks and clients retry requests: both keys deduplicate.
CREATE UNIQUE INDEX messages_flowroute_id_key ON messages (flowroute_id)
    WHERE flowroute_id IS NOT NULL;
CREATE UNIQUE INDEX messages_idempotency_key_key ON messages (idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- The dispatcher's queue: only rows that can still become due are indexed.
CREATE INDEX messages_due_idx ON messages (next_attempt_at)
    WHERE status IN ('QUEUED', 'SENDING');

-- Listings are newest first by id (UUIDv7, time-ordered), filtered by number, status, direction.
CREATE INDEX messages_from_number_idx ON messages (from_number, id DESC);
CREATE INDEX messages_to_number_idx ON messages (to_number, id DESC);
CREATE INDEX messages_status_idx ON messages (status, id DESC);
CREATE INDEX messages_direction_idx ON messages (direction, id DESC);
CREATE INDEX messages_created_at_idx ON messages (created_at);

CREATE TABLE delivery_receipts (
    id           bigserial    PRIMARY KEY,
    flowroute_id varchar(255) NOT NULL,
    message_id   uuid         REFERENCES messages (id),
    level        integer      NOT NULL,
    status       varchar(255) NOT NULL,
    status_code  integer,
    description  text,
    reported_at  timestamptz  NOT NULL,
    received_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX delivery_receipts_flowroute_id_idx ON delivery_receipts (flowroute_id);
CREATE INDEX delivery_receipts_message_id_idx ON delivery_receipts (message_id);

CREATE TABLE opt_outs (
    our_number   varchar(16)  NOT NULL,
    phone        varchar(16)  NOT NULL,
    reason       varchar(255),
    opted_out_at timestamptz  NOT NULL,
    PRIMARY KEY (our_number, phone)
);

CREATE TABLE outbox (
    position     bigserial    PRIMARY KEY,
    event_id     uuid         NOT NULL UNIQUE,
    type         varchar(255) NOT NULL,
    stream       varchar(32)  NOT NULL,
    event_key    varchar(255) NOT NULL,
    subject      varchar(255),
    occurred_at  timestamptz  NOT NULL,
    data         jsonb        NOT NULL,
    published_at timestamptz
);

-- The relay reads only what is left to publish.
CREATE INDEX outbox_unpublished_idx ON outbox (position) WHERE published_at IS NULL;

-- Wakes the relay (LISTEN switchboard_outbox); notifications are delivered on commit only.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('switchboard_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_notify_after_insert
    AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
