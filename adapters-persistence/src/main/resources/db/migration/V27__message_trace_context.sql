-- The W3C trace context of the request that queued a message (POST /v1/messages), so that its
-- dispatch, later and on another thread, continues that trace: the dispatch span is a child of the
-- request's, and the SENT / FAILED / retry events carry the same trace as QUEUED. Null for rows
-- written outside any trace and for every row written before this version.
ALTER TABLE messages ADD COLUMN traceparent text, ADD COLUMN tracestate text;
