-- The direct approach with an answer: the administrator invites an employee to mentor a topic;
-- the employee accepts (and is enrolled as a nominated mentor, in the same transaction) or declines.
CREATE TABLE nominations (
  id           VARCHAR(64)  PRIMARY KEY,
  programme_id VARCHAR(64)  NOT NULL REFERENCES programmes (id),
  cycle_id     VARCHAR(64)  NOT NULL,
  employee_id  VARCHAR(64)  NOT NULL,
  competence   VARCHAR(64)  NOT NULL,
  status       VARCHAR(20)  NOT NULL,
  person_id    VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP    NOT NULL,
  answered_at  TIMESTAMP
);
CREATE INDEX nominations_cycle ON nominations (programme_id, cycle_id);
