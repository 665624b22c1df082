-- Idempotency keys belong to their caller (the token's subject): the stored key is
-- '<caller length>:<caller>:<key>' (IdempotencyKeys), so the unique index on idempotency_key now
-- makes (caller, key) unique, and the insert path keeps its one column. A caller and a key of
-- 255 characters no longer fit varchar(255).
ALTER TABLE messages ALTER COLUMN idempotency_key TYPE text;

-- Keys stored before were nobody's: they become the anonymous caller's ('0::<key>'), so that none
-- can be mistaken for a scoped key. Keys expire (switchboard.messages.idempotency-key-ttl, 24 h by
-- default), so this matters for a day at most.
UPDATE messages SET idempotency_key = '0::' || idempotency_key
WHERE idempotency_key IS NOT NULL;
