/**
 * The command line: picocli commands only (one class per verb under a package per noun), the one
 * console that prints, the one error handler and exit-code mapping. A command parses options,
 * calls a service, prints the result. The only package that may use picocli; it must not use JDBC,
 * jOOQ or the generated schema.
 */
package id.kenda.cli;
