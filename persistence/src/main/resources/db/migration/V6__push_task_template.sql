-- The template a task's messages were made from, as the statistics list it.
ALTER TABLE push_task ADD COLUMN template_name VARCHAR(200);
