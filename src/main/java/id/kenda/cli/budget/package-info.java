/**
 * Commands of the noun {@code budget}: validate, import.
 */
package id.kenda.cli.budget;
