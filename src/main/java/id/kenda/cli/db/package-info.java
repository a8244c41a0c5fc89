/**
 * Commands of the noun {@code db}: migrate, status, backup.
 */
package id.kenda.cli.db;
