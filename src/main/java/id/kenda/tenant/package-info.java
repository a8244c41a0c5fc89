/**
 * Tenants (regions): the official region list, the YAML spec, provisioning as a plan applied in
 * one transaction, secrets as references. May depend on core, domain and db.
 */
package id.kenda.tenant;
