/**
 * E-Kenda control: the realisation import, the control engine (roll-up by pagu weight, bands,
 * critical items, projection, S-curves) and its reports. May depend on core, domain, io, report,
 * db and tenant.
 */
package id.kenda.control;
