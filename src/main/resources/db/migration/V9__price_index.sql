-- The compact price index of a tenant's fiscal year, as validation builds it from ssh_item, kept
-- so that the next validation reads it in a few large rows instead of every item. It is a cache:
-- index_key is a digest of what it was built from (the year's SSH revisions with status, checksum
-- and times, the tenant's unit aliases, the format), a reader whose key differs rebuilds it, and
-- deleting the rows loses nothing. The index is split into parts of at most 1 MB (part 0 on);
-- the head row, part -1 with no data, holds the part count. A reader may store it without the
-- tenant's lock (it is a cache), so removing the tenant removes it by cascade whatever was stored meanwhile.
CREATE TABLE price_index (
  tenant_id    VARCHAR(5)   NOT NULL,
  fiscal_year  INTEGER      NOT NULL,
  part         INTEGER      NOT NULL,
  parts        INTEGER      NOT NULL,
  index_key    VARCHAR(64)  NOT NULL,
  built_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  data         BYTEA        NOT NULL,
  CONSTRAINT pk_price_index PRIMARY KEY (tenant_id, fiscal_year, part),
  CONSTRAINT fk_price_index_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE
);
