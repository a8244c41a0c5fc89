/**
 * Commands of the noun {@code budget}: validate, import, stages, diff, structure.
 */
package id.kenda.cli.budget;
