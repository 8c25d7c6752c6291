-- A push task names its kind and the caller's task name; its messages point to it (one per
-- target when targets get their own message key or content), instead of the task pointing to one.
ALTER TABLE push_task DROP COLUMN message_id;
ALTER TABLE push_task ADD COLUMN kind VARCHAR(16) DEFAULT 'SIMPLE' NOT NULL;
ALTER TABLE push_task ADD COLUMN name VARCHAR(200);
ALTER TABLE message ADD COLUMN push_task_id BIGINT REFERENCES push_task (id);
CREATE INDEX ix_message_task ON message (push_task_id);
