-- Each sub kegiatan's year of a realisation revision in one row, written by the import beside
-- its realization_row rows (same revision id, same transaction rules): the control summary reads
-- one row per sub kegiatan instead of one per sub kegiatan and month. months holds the twelve
-- months' pagu, rak, realisasi and physical percents as the rows store them (hundredths), in the
-- layout of id.kenda.control.SeriesCodec. The names are those of the sub kegiatan's latest month
-- that gives one. A revision imported before this table existed has no series rows; the summary
-- then reads its realization_row rows, as it did before.
CREATE TABLE realization_series (
  tenant_id          VARCHAR(5)     NOT NULL,
  revision_id        INTEGER        NOT NULL,
  sub_kegiatan       VARCHAR(40)    NOT NULL,
  skpd_code          VARCHAR(40)    NOT NULL,
  skpd_name          VARCHAR(300),
  sub_kegiatan_name  VARCHAR(600),
  months             BYTEA          NOT NULL,
  CONSTRAINT pk_realization_series PRIMARY KEY (tenant_id, revision_id, sub_kegiatan)
);
