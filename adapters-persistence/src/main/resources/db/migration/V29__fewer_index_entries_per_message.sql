-- Every index of a table takes an entry for each row written to it, and the shared commits of
-- sends and webhooks write a message row and a history step for each request (issue 21). Two
-- indexes took those entries and served no read.

-- The dispatcher's claims walk messages_due_kind_idx (V8), which holds the same rows for each kind,
-- and the backlog counts ask for outbound rows, which that index holds too.
DROP INDEX messages_due_idx;

-- A history step is only ever read by its message, in order (PostgresMessageHistory): that index
-- becomes the primary key, and the identity column's own index, never read, goes. On a large
-- table the new key is built once, here.
ALTER TABLE message_history DROP CONSTRAINT message_history_pkey;
ALTER TABLE message_history ADD CONSTRAINT message_history_pkey PRIMARY KEY (message_id, seq);
DROP INDEX message_history_message_idx;
