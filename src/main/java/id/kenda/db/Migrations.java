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

/**
 * The Flyway migrations in {@code db/migration}: one set for H2 and PostgreSQL. Where the two
 * need different SQL, a migration names a placeholder and {@link #placeholders} gives each
 * database its text (Flyway's checksum is of the file as written, so it is the same on both).
 */
public final class Migrations {
    private final Flyway flyway;

    /** The per-database SQL the migrations refer to as {@code ${name}}. */
    static java.util.Map<String, String> placeholders(boolean postgres) {
        return java.util.Map.of("ssh_item_key_bytewise", postgres
                ? "ALTER TABLE ssh_item ALTER COLUMN item_key SET DATA TYPE VARCHAR(64) COLLATE \"C\""
                : "COMMENT ON COLUMN ssh_item.item_key IS NULL");
    }

    Migrations(DatabaseTarget target, Properties connectionProperties) {
        this.flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(target.jdbcUrl(), connectionProperties.getProperty("user"), connectionProperties.getProperty("password"))
                .locations("classpath:db/migration")
                .placeholders(placeholders(target.isPostgres()))
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

    /**
     * Whether the database holds exactly this kenda's migrations, all applied and unchanged: the
     * schema history lists every bundled migration, in order, with its Flyway checksum, and
     * nothing else. Asked on the open connection before Flyway is started (Flyway's own check
     * loads and scans for about 0.3 s of a command's start); anything else (pending, newer,
     * changed, failed, no history) answers false, and Flyway then decides and explains.
     */
    public static boolean isCurrent(java.sql.Connection c) {
        List<String[]> bundled = Bundled.MIGRATIONS;
        if (bundled.isEmpty()) {
            return false;
        }
        List<String[]> applied = new ArrayList<>();
        try (java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT version, checksum, success, type FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                if (rs.getString(1) == null && ("TABLE".equals(rs.getString(4)) || "SCHEMA".equals(rs.getString(4)))) {
                    continue; // Flyway's mark that it created the history table or the schema
                }
                int checksum = rs.getInt(2);
                boolean noChecksum = rs.wasNull();
                if (!rs.getBoolean(3) || rs.getString(1) == null || noChecksum) {
                    return false;
                }
                applied.add(new String[] {rs.getString(1), Integer.toString(checksum)});
            }
        } catch (java.sql.SQLException e) {
            return false;
        }
        if (applied.size() != bundled.size()) {
            return false;
        }
        for (int i = 0; i < applied.size(); i++) {
            if (!java.util.Arrays.equals(applied.get(i), bundled.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The bundled migrations as (version, Flyway checksum), in version order; read once. */
    static final class Bundled {
        static final List<String[]> MIGRATIONS = read();

        private static List<String[]> read() {
            List<String[]> out = new ArrayList<>();
            try (java.io.InputStream index = Migrations.class.getResourceAsStream("/db/migration/index.txt")) {
                if (index == null) {
                    return List.of();
                }
                for (String name : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    String version = name.substring(1, name.indexOf("__")).replace('_', '.');
                    try (java.io.InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name.strip())) {
                        if (in == null) {
                            return List.of();
                        }
                        out.add(new String[] {version, Integer.toString(checksum(in))});
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                return List.of(); // an index that does not read: Flyway checks instead
            }
            return out;
        }

        /** Flyway's checksum of a SQL migration: CRC-32 of its lines' UTF-8 bytes without line ends, a leading BOM dropped. */
        static int checksum(java.io.InputStream in) throws java.io.IOException {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return (int) crc.getValue();
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
