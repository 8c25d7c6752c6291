-- Per-app settings of the Tencent family: message size limit, call-rate limit, and the app
-- backend that the C2C send-message callbacks reach.
ALTER TABLE app ADD COLUMN message_size_limit INTEGER;
ALTER TABLE app ADD COLUMN calls_per_second INTEGER;
ALTER TABLE app ADD COLUMN callback_url VARCHAR(1000);
ALTER TABLE app ADD COLUMN callback_token VARCHAR(256);
ALTER TABLE app ADD COLUMN callback_timeout_ms INTEGER;
ALTER TABLE app ADD COLUMN callback_fail_closed BOOLEAN DEFAULT FALSE NOT NULL;
