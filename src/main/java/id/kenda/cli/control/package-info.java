/**
 * Commands of the nouns {@code realization} and {@code control}: import, summary, critical.
 */
package id.kenda.cli.control;
