-- What 'kenda runs' shows of a run beyond V1's columns: the command by name (for --command), the
-- rows it read and stored, the first revision it made, and the process and database session it
-- ran in, so that a run that died (started, never finished) is told from one still running.
ALTER TABLE run_audit ADD COLUMN command_name VARCHAR(100);
ALTER TABLE run_audit ADD COLUMN rows_read BIGINT;
ALTER TABLE run_audit ADD COLUMN rows_stored BIGINT;
ALTER TABLE run_audit ADD COLUMN revision_id INTEGER;
ALTER TABLE run_audit ADD COLUMN os_pid BIGINT;
ALTER TABLE run_audit ADD COLUMN server_pid INTEGER;
-- newest first across tenants, and pruning by age
CREATE INDEX ix_run_audit_started ON run_audit (started_at);
