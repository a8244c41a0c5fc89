/**
 * Rendering results for people and scripts: text tables, JSON, formula-safe CSV, HTML, report
 * files written aside and renamed, the rejects file. Knows no capability. May depend on core and
 * domain.
 */
package id.kenda.report;
