-- The keyword families a number of ours answers its own way (issue 18): one row per number, its
-- rules by family as JSON ({"STOP": {"words": [...], "reply": "..."}}); families it leaves out
-- follow the account's settings (switchboard.keywords.*).
CREATE TABLE number_keywords (
    number     varchar(16) PRIMARY KEY,
    rules      jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
