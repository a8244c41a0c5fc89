/**
 * The cash plan (anggaran kas, RAK) per SKPD, sub kegiatan, account and month, as SIPD-RI exports
 * it: {@code RakImporter} stores it as a revision per year and budget stage, {@code RakCheck}
 * holds it against the stored budget of the same stage (rak-mismatch, rak-missing, rak-orphan,
 * rak-unvalidated, rak-late), {@code RakSummary} draws the Form RAK Belanja, and
 * {@code RakTargets} gives control its monthly targets. May depend on core, domain, io, report, db
 * and budget (its stages).
 */
package id.kenda.rak;
