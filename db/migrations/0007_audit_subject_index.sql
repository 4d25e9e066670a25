-- Rows about a person's talk (a note read, a booking) name the employee in the detail JSON. The
-- log viewer's person filter and "my data" look them up through this index, newest first.
CREATE INDEX `audit_log_subject_idx` ON `audit_log` (json_extract(`detail`, '$.employeePersonId'), `at`);
