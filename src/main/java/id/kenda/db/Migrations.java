package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The Flyway migrations in {@code db/migration}: one set for H2 and PostgreSQL. */
public final class Migrations {
    private final Flyway flyway;

    Migrations(DatabaseTarget target, Properties connectionProperties) {
        this.flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(target.jdbcUrl(), connectionProperties.getProperty("user"), connectionProperties.getProperty("password"))
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .load();
    }

    /** One row of {@code db status}. */
    public record Step(String version, String description, String state, String installedOn) {
    }

    /** What a migration run did. */
    public record Outcome(String fromVersion, String toVersion, int applied) {
    }

    public Outcome migrate() {
        try {
            refuseFuture();
            MigrateResult r = flyway.migrate();
            return new Outcome(r.initialSchemaVersion == null ? "none" : r.initialSchemaVersion,
                    r.targetSchemaVersion == null ? (r.initialSchemaVersion == null ? "none" : r.initialSchemaVersion) : r.targetSchemaVersion,
                    r.migrationsExecuted);
        } catch (FlywayException e) {
            throw drift(e);
        }
    }

    /** Refuses to go on when the schema is behind, ahead of, or different from this kenda's migrations. */
    public void requireCurrent() {
        try {
            refuseFuture();
            MigrationInfo[] pending = flyway.info().pending();
            if (pending.length > 0) {
                String current = currentVersion();
                throw new KendaException(ExitCode.CONFIG, "the database schema is behind: at version " + current + ", this kenda needs "
                        + pending[pending.length - 1].getVersion(), "run 'kenda db migrate' (with a backup first) and retry");
            }
            ValidateResult v = flyway.validateWithResult();
            if (!v.validationSuccessful) {
                throw new KendaException(ExitCode.CONFIG, "the database schema does not match this kenda's migrations: "
                        + v.getAllErrorMessages().lines().findFirst().orElse("validation failed"),
                        "a migration was changed or the database is from a newer kenda; restore the matching kenda version");
            }
        } catch (FlywayException e) {
            throw drift(e);
        }
    }

    /** The checks a migration runs first, without migrating: newer schema and changed migrations are refused (78). */
    public void checkApplied() {
        try {
            refuseFuture();
            ValidateResult v = Flyway.configure(Migrations.class.getClassLoader()).configuration(flyway.getConfiguration())
                    .ignoreMigrationPatterns("*:pending").load().validateWithResult();
            if (!v.validationSuccessful) {
                throw new KendaException(ExitCode.CONFIG, "the database schema does not match this kenda's migrations: "
                        + v.getAllErrorMessages().lines().findFirst().orElse("validation failed"),
                        "a migration was changed or the database is from a newer kenda; restore the matching kenda version");
            }
        } catch (FlywayException e) {
            throw drift(e);
        }
    }

    /** A database migrated by a newer kenda has migrations this one does not know: refuse it (78). */
    private void refuseFuture() {
        for (MigrationInfo i : flyway.info().applied()) {
            if (i.getState() == MigrationState.FUTURE_SUCCESS || i.getState() == MigrationState.FUTURE_FAILED) {
                throw new KendaException(ExitCode.CONFIG, "the database schema is at version " + i.getVersion()
                        + ", newer than this kenda knows", "upgrade kenda to the version that migrated this database");
            }
        }
    }

    public String currentVersion() {
        try {
            MigrationInfo c = flyway.info().current();
            return c == null || c.getVersion() == null ? "none" : c.getVersion().getVersion();
        } catch (FlywayException e) {
            throw drift(e);
        }
    }

    public int pendingCount() {
        try {
            return flyway.info().pending().length;
        } catch (FlywayException e) {
            throw drift(e);
        }
    }

    public List<Step> steps() {
        try {
            List<Step> out = new ArrayList<>();
            for (MigrationInfo i : flyway.info().all()) {
                out.add(new Step(i.getVersion() == null ? "" : i.getVersion().getVersion(), i.getDescription(),
                        state(i.getState()), i.getInstalledOn() == null ? "" : i.getInstalledOn().toInstant().toString()));
            }
            return out;
        } catch (FlywayException e) {
            throw drift(e);
        }
    }

    private static String state(MigrationState s) {
        return s.getDisplayName().toLowerCase(java.util.Locale.ROOT);
    }

    private static KendaException drift(FlywayException e) {
        if (e.getCause() instanceof java.sql.SQLException sql) {
            return SqlErrors.translate(sql, "(migrations)");
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return new KendaException(ExitCode.CONFIG, "schema migration problem: " + msg.strip(),
                "a migration was changed after it was applied, or the database belongs to another kenda version; run 'kenda db status'", e);
    }
}
