/**
 * Tenants (regions): the official region list, the YAML spec, the agency list file, provisioning as a plan applied in
 * one transaction, secrets as references. May depend on core, domain, io and db.
 */
package id.kenda.tenant;
