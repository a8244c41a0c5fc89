-- The approved budget (anggaran), stored as revisions per fiscal year and stage (murni,
-- perubahan): the pagu basis of the control summaries.
CREATE TABLE budget_line (
  tenant_id     VARCHAR(5)     NOT NULL,
  revision_id   INTEGER        NOT NULL,
  line_no       INTEGER        NOT NULL,
  skpd_code     VARCHAR(40),
  sub_kegiatan  VARCHAR(40)    NOT NULL,
  account       VARCHAR(40)    NOT NULL,
  account_norm  VARCHAR(40),
  item_code     VARCHAR(64),
  sipd_id       BIGINT,
  name          VARCHAR(1000),
  spec          VARCHAR(4000),
  koefisien     VARCHAR(200),
  volume        NUMERIC(20, 4),
  unit          VARCHAR(100),
  unit_price    NUMERIC(17, 2),
  ppn           NUMERIC(5, 2),
  total         NUMERIC(19, 2),
  CONSTRAINT pk_budget_line PRIMARY KEY (tenant_id, revision_id, line_no)
);
