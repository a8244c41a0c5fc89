-- SKPD (agencies) of each tenant: reference data loaded by 'kenda tenant provision --skpd'.
CREATE TABLE skpd (
  tenant_id VARCHAR(5)   NOT NULL,
  code      VARCHAR(40)  NOT NULL,
  name      VARCHAR(300) NOT NULL,
  CONSTRAINT pk_skpd PRIMARY KEY (tenant_id, code),
  CONSTRAINT fk_skpd_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id)
);
