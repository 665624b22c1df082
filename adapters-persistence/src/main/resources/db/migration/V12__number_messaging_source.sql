-- How the inventory knows a number's messaging setting (issue 15): Flowroute's Numbers v2 documents
-- do not show messaging_enabled and its message provisioning finishes after the purchase or PATCH
-- that asked for it, so the value is often what we asked for. Rows written before this column
-- cannot say how their value was learned: UNKNOWN.
ALTER TABLE numbers
    ADD COLUMN messaging_source text NOT NULL DEFAULT 'UNKNOWN'
        CONSTRAINT numbers_messaging_source_known
            CHECK (messaging_source IN ('REPORTED', 'REQUESTED', 'UNKNOWN'));
