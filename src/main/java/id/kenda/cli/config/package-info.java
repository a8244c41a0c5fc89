/**
 * Commands of the noun {@code config}: show.
 */
package id.kenda.cli.config;
