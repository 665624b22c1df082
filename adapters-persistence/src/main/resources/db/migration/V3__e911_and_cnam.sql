-- The account's E911 addresses and caller names (CNAM), mirrored from Flowroute, and the lookups
-- of the numbers that use them.

-- Which numbers use an address or a name: asked before either is deleted.
CREATE INDEX numbers_e911_idx ON numbers (e911_id);
CREATE INDEX numbers_cnam_idx ON numbers (cnam_id);

CREATE TABLE e911_addresses (
    id                  varchar(18)  PRIMARY KEY,
    label               varchar(64)  NOT NULL,
    first_name          varchar(64)  NOT NULL,
    last_name           varchar(64)  NOT NULL,
    street_number       varchar(64)  NOT NULL,
    street_name         varchar(64)  NOT NULL,
    -- The AddressType enum name (SUITE, FLOOR, ...); a type and its number go together.
    address_type        varchar(16),
    address_type_number varchar(64),
    city                varchar(64)  NOT NULL,
    state               varchar(2)   NOT NULL,
    country             varchar(2)   NOT NULL,
    zip                 varchar(16)  NOT NULL,
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT e911_addresses_id_check CHECK (id ~ '^[0-9]{1,18}$'),
    CONSTRAINT e911_addresses_country_check CHECK (country IN ('US', 'CA')),
    CONSTRAINT e911_addresses_unit_check
        CHECK ((address_type IS NULL) = (address_type_number IS NULL))
);

-- No unique constraint on the value, though the account keeps it unique: a reconciliation saving
-- Flowroute's records one by one may pass through a moment where two rows hold the same value.
CREATE TABLE cnam_records (
    id               varchar(18)  PRIMARY KEY,
    value            varchar(15)  NOT NULL,
    status           varchar(16)  NOT NULL,
    created_at       timestamptz,
    approved_at      timestamptz,
    rejection_reason text,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT cnam_records_id_check CHECK (id ~ '^[0-9]{1,18}$'),
    CONSTRAINT cnam_records_status_check CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
);

-- Listings run in the numeric order of the ids ("9" before "10") with keyset paging; the ids are
-- digits (checked above) of at most 18, so they fit a bigint. The text breaks the tie between ids
-- that differ by leading zeros only.
CREATE INDEX e911_addresses_numeric_id_idx ON e911_addresses ((CAST(id AS bigint)), id);
CREATE INDEX cnam_records_numeric_id_idx ON cnam_records ((CAST(id AS bigint)), id);

-- The "contains" filters are case-insensitive: trigram indexes over the lower-cased text (pg_trgm
-- comes from V2). Patterns of three characters or more use them; shorter ones scan the table.
CREATE INDEX e911_addresses_label_trgm_idx ON e911_addresses USING gin (lower(label) gin_trgm_ops);
CREATE INDEX e911_addresses_street_name_trgm_idx
    ON e911_addresses USING gin (lower(street_name) gin_trgm_ops);
CREATE INDEX e911_addresses_city_trgm_idx ON e911_addresses USING gin (lower(city) gin_trgm_ops);
-- States are stored upper-cased (the domain normalises them), so the exact filter compares with
-- the upper-cased input and a plain index serves it.
CREATE INDEX e911_addresses_state_idx ON e911_addresses (state);

CREATE INDEX cnam_records_status_idx ON cnam_records (status);
CREATE INDEX cnam_records_value_trgm_idx ON cnam_records USING gin (lower(value) gin_trgm_ops);
