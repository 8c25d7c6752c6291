-- One-to-one messages: the recipient, the sender's sequence and random number, the app's opaque
-- data, and whether the sender's own history shows it. A batch to many recipients shares one MsgKey
-- across one message row per recipient, so the key is no longer unique per app.

ALTER TABLE message ADD COLUMN recipient VARCHAR(128);
ALTER TABLE message ADD COLUMN sequence_no BIGINT;
ALTER TABLE message ADD COLUMN random_no BIGINT;
ALTER TABLE message ADD COLUMN custom_data VARCHAR(100000);
ALTER TABLE message ADD COLUMN in_sender_history BOOLEAN DEFAULT TRUE NOT NULL;

ALTER TABLE message DROP CONSTRAINT uk_message_key;
CREATE INDEX ix_message_key ON message (app_id, msg_key);
CREATE INDEX ix_message_conversation ON message (app_id, sender, recipient, created_at);
