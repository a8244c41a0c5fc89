/**
 * Commands of the noun {@code runs}: the audit trail of runs that changed data, listed
 * ({@code kenda runs}), one shown ({@code runs show}), and kept bounded ({@code runs prune}).
 */
package id.kenda.cli.runs;
