-- The W3C trace context of the request that caused each event (null when there was none): the
-- relay sends it as the Kafka record's traceparent and tracestate headers.
ALTER TABLE outbox ADD COLUMN traceparent text, ADD COLUMN tracestate text;
