-- Monthly plan and realisation per sub kegiatan (E-Kenda): planned cash (RAK) and money spent
-- that month, planned and realised physical progress (cumulative percent). One revision per
-- fiscal year holds the whole year so far.
CREATE TABLE realization_row (
  tenant_id          VARCHAR(5)     NOT NULL,
  revision_id        INTEGER        NOT NULL,
  skpd_code          VARCHAR(40)    NOT NULL,
  sub_kegiatan       VARCHAR(40)    NOT NULL,
  month_no           INTEGER        NOT NULL,
  skpd_name          VARCHAR(300),
  sub_kegiatan_name  VARCHAR(600),
  pagu               NUMERIC(19, 2) NOT NULL,
  rak                NUMERIC(19, 2) NOT NULL,
  realized           NUMERIC(19, 2) NOT NULL,
  planned_physical   NUMERIC(5, 2),
  realized_physical  NUMERIC(5, 2),
  source_line        INTEGER        NOT NULL,
  CONSTRAINT pk_realization_row PRIMARY KEY (tenant_id, revision_id, skpd_code, sub_kegiatan, month_no)
);
