-- The cash plan (anggaran kas, RAK) as SIPD-RI keeps it: per SKPD, sub kegiatan and account, twelve
-- months, with the SKPD's, Sekda's and BUD's validation flags; revisions per fiscal year and budget
-- stage. The source of the control targets when imported.
CREATE TABLE rak_row (
  tenant_id          VARCHAR(5)     NOT NULL,
  revision_id        INTEGER        NOT NULL,
  line_no            INTEGER        NOT NULL,
  skpd_code          VARCHAR(40)    NOT NULL,
  sub_kegiatan       VARCHAR(40)    NOT NULL,
  account            VARCHAR(40)    NOT NULL,
  account_norm       VARCHAR(40)    NOT NULL,
  skpd_name          VARCHAR(1000),
  sub_kegiatan_name  VARCHAR(1000),
  account_name       VARCHAR(1000),
  m1                 NUMERIC(19, 2) NOT NULL,
  m2                 NUMERIC(19, 2) NOT NULL,
  m3                 NUMERIC(19, 2) NOT NULL,
  m4                 NUMERIC(19, 2) NOT NULL,
  m5                 NUMERIC(19, 2) NOT NULL,
  m6                 NUMERIC(19, 2) NOT NULL,
  m7                 NUMERIC(19, 2) NOT NULL,
  m8                 NUMERIC(19, 2) NOT NULL,
  m9                 NUMERIC(19, 2) NOT NULL,
  m10                NUMERIC(19, 2) NOT NULL,
  m11                NUMERIC(19, 2) NOT NULL,
  m12                NUMERIC(19, 2) NOT NULL,
  total              NUMERIC(19, 2) NOT NULL,
  valid_skpd         BOOLEAN,
  valid_sekda        BOOLEAN,
  valid_bud          BOOLEAN,
  CONSTRAINT pk_rak_row PRIMARY KEY (tenant_id, revision_id, line_no)
);

-- With a RAK imported, the realisation file's planned cash is optional: a row may leave it out.
ALTER TABLE realization_row ALTER COLUMN rak DROP NOT NULL;
