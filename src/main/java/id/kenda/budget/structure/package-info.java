/**
 * The budget as a whole against the mandatory-spending shares (personnel at most 30 %, education
 * at least 20 %, public-service infrastructure at least 40 %, health shown): {@code StructureCheck}
 * computes each share over a stored stage in one grouped read. The rules and their overrides are
 * {@code domain.MandatorySpending}. May depend on core, domain, db and report.
 */
package id.kenda.budget.structure;
