/**
 * Commands of the noun {@code tenant}: provision, remove, list, show, export, validate.
 */
package id.kenda.cli.tenant;
