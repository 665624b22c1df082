-- The inventory of the account's numbers and inbound voice routes, mirrored from Flowroute.

-- Trigram indexes serve the suffix and contains filters (LIKE '%digits', LIKE '%digits%').
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without being
-- superuser. A role without CREATE on the database needs a DBA to run this line once beforehand.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE routes (
    id               varchar(18)  PRIMARY KEY,
    route_type       varchar(16)  NOT NULL,
    value            text,
    alias            varchar(255),
    edge_strategy_id integer,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT routes_id_check CHECK (id ~ '^[0-9]{1,18}$'),
    CONSTRAINT routes_route_type_check CHECK (route_type IN ('HOST', 'NUMBER', 'URI', 'SIP_REG'))
);

CREATE TABLE numbers (
    number               varchar(16)  PRIMARY KEY,
    number_type          varchar(16)  NOT NULL,
    alias                varchar(255),
    cnam_lookups_enabled boolean      NOT NULL,
    messaging_enabled    boolean      NOT NULL,
    rate_center          varchar(255),
    state                varchar(255),
    -- Plain columns, no foreign key to routes: Flowroute is the truth, and a reconciliation may
    -- record a number before the route it uses (or keep it while the route is being removed).
    primary_route_id     varchar(18),
    failover_route_id    varchar(18),
    e911_id              varchar(255),
    cnam_id              varchar(255),
    -- DID-level messaging webhooks: {"SMS": "https://...", "SMS_DLR": "https://..."}.
    callbacks            jsonb        NOT NULL DEFAULT '{}'::jsonb,
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT numbers_number_check CHECK (number ~ '^\+[0-9]{11,15}$'),
    CONSTRAINT numbers_number_type_check CHECK (number_type IN ('LOCAL', 'TOLL_FREE', 'OTHER')),
    CONSTRAINT numbers_callbacks_check CHECK (jsonb_typeof(callbacks) = 'object')
);

-- Listings run in number order (the primary key) with keyset paging; these serve the filters.
-- Prefix: LIKE '+1206%' uses a btree only with text_pattern_ops when the collation is not C.
CREATE INDEX numbers_number_pattern_idx ON numbers (number text_pattern_ops);
-- Suffix and contains: patterns of three digits or more use it; shorter ones scan the table.
CREATE INDEX numbers_number_trgm_idx ON numbers USING gin (number gin_trgm_ops);
-- The alias filter is exact but case-insensitive.
CREATE INDEX numbers_alias_idx ON numbers (lower(alias));
CREATE INDEX numbers_type_idx ON numbers (number_type, number);
-- Whether a route may be deleted (countUsingRoute) asks both slots.
CREATE INDEX numbers_primary_route_idx ON numbers (primary_route_id);
CREATE INDEX numbers_failover_route_idx ON numbers (failover_route_id);
