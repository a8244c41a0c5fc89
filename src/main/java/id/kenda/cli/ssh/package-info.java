/**
 * Commands of the noun {@code ssh}: import, revisions, show, search, diff, duplicates, export,
 * compare.
 */
package id.kenda.cli.ssh;
