-- Opt-outs listed and changed through /v1/opt-outs (issue 18): each row gets a time-ordered id
-- (the listing's order and cursor), who made it (source API, KEYWORD or CARRIER; actor the API
-- caller's subject, 'keyword' or 'carrier') and why. A peer's opt-out of every number of ours is
-- the row whose our_number is '*'.
ALTER TABLE opt_outs
    ADD COLUMN id     uuid,
    ADD COLUMN source text,
    ADD COLUMN actor  text;

-- Rows written before were made by a STOP text (reason 'keyword') or by the carrier's receipt
-- 1110 (reason 'carrier-dlr-1110'). Their id is a UUIDv7 of their time, so they list in order.
UPDATE opt_outs
SET source = CASE WHEN reason = 'keyword' THEN 'KEYWORD' ELSE 'CARRIER' END,
    actor  = CASE WHEN reason = 'keyword' THEN 'keyword' ELSE 'carrier' END,
    id     = (lpad(to_hex(floor(extract(epoch FROM opted_out_at) * 1000)::bigint), 12, '0')
              || '7' || substr(md5(our_number || phone), 1, 3)
              || '8' || substr(md5(our_number || phone), 4, 15))::uuid;

ALTER TABLE opt_outs
    ALTER COLUMN id SET NOT NULL,
    ALTER COLUMN source SET NOT NULL,
    ALTER COLUMN actor SET NOT NULL,
    ADD CONSTRAINT opt_outs_source_known CHECK (source IN ('API', 'KEYWORD', 'CARRIER'));

CREATE UNIQUE INDEX opt_outs_id_key ON opt_outs (id);
-- Sends ask by (our number, phone) through the primary key; "every number" rows by phone.
CREATE INDEX opt_outs_phone_idx ON opt_outs (phone, id DESC);

-- A message we send on our own, answering a keyword (STOP, START, HELP) a phone texted.
ALTER TABLE messages ADD COLUMN auto_reply boolean NOT NULL DEFAULT false;
