/**
 * Commands of the noun {@code tenant}: provision, list, show, export, validate.
 */
package id.kenda.cli.tenant;
