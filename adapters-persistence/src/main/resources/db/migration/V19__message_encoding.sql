-- How each text travels as SMS (issue 18): GSM_7 or UCS_2, and the segments it takes (0 for an
-- MMS without text), computed by the domain (BodyEncoding) when the message is accepted or
-- received. Rows stored before this version keep NULL: the API computes both from the body, which
-- gives the same answer.
ALTER TABLE messages
    ADD COLUMN encoding text CHECK (encoding IN ('GSM_7', 'UCS_2')),
    ADD COLUMN segments integer CHECK (segments >= 0);
