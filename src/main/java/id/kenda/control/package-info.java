/**
 * E-Kenda control: the realisation import, the control engine (roll-up by pagu weight, bands,
 * critical items, projection, S-curves) and its reports; the pagu basis is the budget's latest
 * stage, and planned cash comes from the RAK when one is imported. May depend on core, domain, io, report, db, tenant, budget
 * and rak.
 */
package id.kenda.control;
