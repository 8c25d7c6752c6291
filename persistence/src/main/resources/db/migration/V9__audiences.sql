-- All-member push: an app names up to ten attributes (slots 0-9); it may switch the feature off
-- and set its own daily quota and interval. A fan-out claim is the idempotency key of one push to
-- one target: whoever records it first (the fan-out job or the target's own connection) delivers.
CREATE TABLE app_attr_name (
    app_id BIGINT      NOT NULL REFERENCES app (id),
    slot   INTEGER     NOT NULL,
    name   VARCHAR(50) NOT NULL,
    PRIMARY KEY (app_id, slot)
);
ALTER TABLE app ADD COLUMN all_member_push_enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE app ADD COLUMN push_daily_limit INTEGER;
ALTER TABLE app ADD COLUMN push_interval_ms INTEGER;
CREATE INDEX ix_account_attribute_value ON account_attribute (attr_name, attr_value);

ALTER TABLE push_task ADD COLUMN message_random BIGINT;
ALTER TABLE push_task ADD COLUMN fanned_out BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE push_task ADD COLUMN lifetime_seconds BIGINT;
CREATE INDEX ix_push_task_random ON push_task (app_id, message_random);

-- The audience a push selected, as a serialized bitmap of account ids, stored once for the push.
CREATE TABLE audience_snapshot (
    push_task_id BIGINT PRIMARY KEY REFERENCES push_task (id),
    bitmap       BYTEA  NOT NULL
);

CREATE TABLE fanout_claim (
    push_task_id BIGINT       NOT NULL REFERENCES push_task (id),
    target_kind  VARCHAR(8)   NOT NULL,
    target       VARCHAR(512) NOT NULL,
    PRIMARY KEY (push_task_id, target_kind, target)
);
