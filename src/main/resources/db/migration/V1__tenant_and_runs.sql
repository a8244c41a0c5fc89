-- Tenants (regions) and the audit trail of runs that changed something.
-- Every table carries tenant_id as the first column of its primary key (README: How the code is laid out).
-- The characters after 'keep:' hold the checksum every database recorded for this file when it read otherwise; keep:KZuQOFcq

CREATE TABLE tenant (
  tenant_id      VARCHAR(5)   NOT NULL,
  name           VARCHAR(200) NOT NULL,
  kind           VARCHAR(10)  NOT NULL,
  sipd_id_daerah INTEGER,
  fiscal_year    INTEGER      NOT NULL,
  settings       TEXT         NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_tenant PRIMARY KEY (tenant_id)
);

-- tenant_id is '' for runs that concern no single tenant (db migrate, demo set-up).
CREATE TABLE run_audit (
  tenant_id    VARCHAR(5)   NOT NULL,
  run_id       VARCHAR(36)  NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE,
  os_user      VARCHAR(100) NOT NULL,
  host         VARCHAR(255) NOT NULL,
  command      VARCHAR(2000) NOT NULL,
  input_sha256 VARCHAR(64),
  exit_code    INTEGER,
  outcome      VARCHAR(2000),
  CONSTRAINT pk_run_audit PRIMARY KEY (tenant_id, run_id)
);
