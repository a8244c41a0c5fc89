/**
 * The one reader pipeline for tabular input (CSV and XLSX): encodings, delimiters, header aliases,
 * strict Indonesian and English amounts, rows with physical line numbers. Importers consume {@code
 * Row}s and never touch bytes. May depend on core and domain.
 */
package id.kenda.io;
