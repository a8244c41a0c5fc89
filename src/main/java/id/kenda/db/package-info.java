/**
 * The database: H2 file or PostgreSQL, Flyway migrations (in {@code
 * src/main/resources/db/migration}: add a new {@code V<n>__what.sql}, never edit an applied one),
 * the writer locks, revisions and their load lifecycle, the run audit, bulk loading, driver errors
 * as exit codes. jOOQ classes are generated into {@code id.kenda.db.schema}. May depend on core.
 */
package id.kenda.db;
