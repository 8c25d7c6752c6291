-- A task's deliveries are counted through its messages (ix_message_task, then this index on the message and the
-- status), so the delivery table keeps one index fewer: every sendmsg writes a delivery and its arrival rewrites
-- every index of the row, while ix_delivery_task served only these counts. A delivery's task is always its
-- message's task.
DROP INDEX ix_delivery_task;
DROP INDEX ix_delivery_message;
CREATE INDEX ix_delivery_message ON delivery (message_id, status);
