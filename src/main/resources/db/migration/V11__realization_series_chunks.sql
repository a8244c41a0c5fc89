-- The series of a realisation revision in chunks of consecutive sub kegiatan (about 64 KB each,
-- some 120 sub kegiatan), not one row per sub kegiatan: read cold, 50,000 rows of the V10 table
-- took about 0.55 s of a control summary, the same bytes in a few hundred rows under 0.1 s.
-- series holds each sub kegiatan's codes, names and months in the layout of
-- id.kenda.control.SeriesCodec; chunk_no counts from 0 within the revision. The series are a copy
-- of the revision's realization_row rows; those stored in the V10 layout are dropped: their
-- revisions are read from their rows (as one imported before V10 is) until the realisation import
-- of the same file (unchanged) or a new one stores them again.
DROP TABLE realization_series;
CREATE TABLE realization_series (
  tenant_id          VARCHAR(5)     NOT NULL,
  revision_id        INTEGER        NOT NULL,
  chunk_no           INTEGER        NOT NULL,
  series             BYTEA          NOT NULL,
  CONSTRAINT pk_realization_series PRIMARY KEY (tenant_id, revision_id, chunk_no)
);
