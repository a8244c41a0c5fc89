/**
 * E-Kenda control: the realisation import, the control engine (roll-up by pagu weight, bands,
 * critical items, projection, S-curves) and its reports; the pagu basis is the budget's latest
 * stage. May depend on core, domain, io, report, db, tenant and budget.
 */
package id.kenda.control;
