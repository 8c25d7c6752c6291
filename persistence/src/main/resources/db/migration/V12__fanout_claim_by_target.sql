-- A fan-out chunk asks which of its few hundred targets are claimed already. With the task first in
-- the key, PostgreSQL planned that lookup on the task alone whenever its statistics made the task look
-- small (a new push always does) and filtered the targets row by row: every chunk read every claim of
-- the push so far, quadratic in the audience. With the target first the only index path is the one
-- that looks each target up. The table is rebuilt because the primary key's name differs between
-- databases.
CREATE TABLE fanout_claim_by_target (
    push_task_id BIGINT       NOT NULL REFERENCES push_task (id),
    target_kind  VARCHAR(8)   NOT NULL,
    target       VARCHAR(512) NOT NULL,
    PRIMARY KEY (target, push_task_id, target_kind)
);
INSERT INTO fanout_claim_by_target (push_task_id, target_kind, target) SELECT push_task_id, target_kind, target FROM fanout_claim;
DROP TABLE fanout_claim;
ALTER TABLE fanout_claim_by_target RENAME TO fanout_claim;
