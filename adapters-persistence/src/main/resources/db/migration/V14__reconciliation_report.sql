-- The last inventory reconciliation's report, one row for the whole cluster: every replica answers
-- GET /v1/inventory/reconciliations/last from it, and a replica's scheduled run is skipped while
-- the last one finished less than an interval ago (see PostgresReconciliationRuns).
CREATE TABLE reconciliation_report (
    id          smallint    PRIMARY KEY CHECK (id = 1),
    finished_at timestamptz NOT NULL,
    report      jsonb       NOT NULL
);
