-- Imports are versioned: rows are loaded under a revision marked 'loading', checked, then one
-- short transaction makes it 'active' (the previous active one becomes 'archived' and stays
-- readable). A killed import leaves a 'loading' revision, which the next writer removes.
CREATE TABLE revision (
  tenant_id     VARCHAR(5)    NOT NULL,
  revision_id   INTEGER       NOT NULL,
  dataset       VARCHAR(12)   NOT NULL,
  fiscal_year   INTEGER       NOT NULL,
  kind          VARCHAR(12)   NOT NULL,
  label         VARCHAR(200),
  status        VARCHAR(10)   NOT NULL,
  source_files  VARCHAR(2000) NOT NULL,
  source_sha256 VARCHAR(64)   NOT NULL,
  row_count     INTEGER       NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  activated_at  TIMESTAMP WITH TIME ZONE,
  loaded_by     VARCHAR(300)  NOT NULL,
  CONSTRAINT pk_revision PRIMARY KEY (tenant_id, revision_id),
  CONSTRAINT fk_revision_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id)
);

CREATE INDEX ix_revision_lookup ON revision (tenant_id, dataset, fiscal_year, kind, status);

-- Items of an SSH / HSPK / ASB / SBU price list revision.
CREATE TABLE ssh_item (
  tenant_id     VARCHAR(5)     NOT NULL,
  revision_id   INTEGER        NOT NULL,
  item_key      VARCHAR(64)    NOT NULL,
  item_code     VARCHAR(64),
  sipd_id       BIGINT,
  group_code    VARCHAR(64),
  group_name    VARCHAR(600),
  name          VARCHAR(1000)  NOT NULL,
  spec          VARCHAR(4000)  NOT NULL,
  unit          VARCHAR(100)   NOT NULL,
  price         NUMERIC(17, 2) NOT NULL,
  accounts      VARCHAR(2000),
  accounts_norm VARCHAR(2000),
  kind          VARCHAR(4)     NOT NULL,
  tkdn          NUMERIC(5, 2),
  pdn           BOOLEAN,
  source_line   INTEGER        NOT NULL,
  CONSTRAINT pk_ssh_item PRIMARY KEY (tenant_id, revision_id, item_key)
);
