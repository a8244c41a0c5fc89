/**
 * Budget stages (tahapan APBD): {@code Stage} names and orders them (murni, pergeseran-1 ...
 * pergeseran-9, perubahan); {@code StoredStages} lists a year's stored stages and picks the latest,
 * the pagu basis of control; {@code StageDiff} compares two stages per sub kegiatan, account and
 * line, streaming over the stored lines. May depend on core, domain, db and report.
 */
package id.kenda.budget.stage;
