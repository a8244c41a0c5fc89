package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.core.Settings;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * An open kenda database: one JDBC connection, its jOOQ context, and (for writers, and for
 * every run on embedded H2, which one process opens at a time) the one-writer lock.
 */
public final class Database implements AutoCloseable {

    /**
     * What a command is going to do with the database. On PostgreSQL a writer locks its tenant
     * (writers of different tenants run side by side) and a schema change locks the database; on
     * embedded H2 every run holds the one file lock, as H2 opens a file in one process at a time.
     */
    public enum Access {
        /** Reads only: no lock on PostgreSQL. */
        READ,
        /** Changes one tenant's data (or, with no tenant, rows of no single tenant). */
        WRITE,
        /** Changes the schema or adds a tenant: waits for every writer and keeps them out. */
        SCHEMA
    }

    /** How schema migrations are handled on open. */
    public enum Schema {
        /** Embedded H2 migrates itself; a shared PostgreSQL that is behind is refused (78). */
        REQUIRE_CURRENT,
        /** Leave the schema as it is: for {@code db migrate}, {@code db status} and {@code doctor}. */
        AS_IS
    }

    private final DatabaseTarget target;
    private final Properties connectionProperties;
    private final Connection connection;
    private final DSLContext dsl;
    private final WriterLock lock;

    private Database(DatabaseTarget target, Properties connectionProperties, Connection connection, WriterLock lock) {
        this.target = target;
        this.connectionProperties = connectionProperties;
        this.connection = connection;
        this.lock = lock;
        org.jooq.conf.Settings s = new org.jooq.conf.Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(connection, target.isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2, s);
    }

    public static Database open(Settings settings, Access access, Schema schema, Consumer<String> notice) {
        return open(settings, access, settings.tenant(), schema, notice);
    }

    /** Opens the database; a writer on PostgreSQL locks {@code tenant} (null: no single tenant). */
    public static Database open(Settings settings, Access access, String tenant, Schema schema, Consumer<String> notice) {
        DatabaseTarget target = DatabaseTarget.resolve(settings);
        WriterLock lock = WriterLock.NONE;
        Connection c = null;
        // a reader of an embedded database in a home it cannot write (a read-only mount, another
        // user's home) opens it read-only and takes no lock: no writer can run there either
        boolean readOnlyHome = !target.isPostgres() && access == Access.READ && homeIsReadOnly(settings.home());
        try {
            String url = target.jdbcUrl();
            if (readOnlyHome) {
                url = url.contains("ACCESS_MODE_DATA") ? url : url + ";ACCESS_MODE_DATA=r";
            } else if (!target.isPostgres()) {
                if (access == Access.READ) {
                    // a reader does not rewrite the file's sparse chunks in the background (5 % of a
                    // control summary after a large import, measured); the next writer compacts
                    url += ";AUTO_COMPACT_FILL_RATE=0";
                }
                prepareHome(settings.home());
                lock = FileWriterLock.acquire(settings.home().resolve("kenda.lock"), settings.lockWait(), settings.command(), notice);
            }
            Properties props = connectionProperties(target, settings);
            c = DriverManager.getConnection(url, props);
            if (target.isPostgres() && access == Access.WRITE) {
                lock = AdvisoryWriterLock.forTenant(c, tenant, settings.lockWait(), notice);
            } else if (target.isPostgres() && access == Access.SCHEMA) {
                lock = AdvisoryWriterLock.forSchema(c, settings.lockWait(), notice);
            }
            Database db = new Database(target, props, c, lock);
            if (schema == Schema.REQUIRE_CURRENT && !Migrations.isCurrent(c)) {
                Migrations m = db.migrations();
                if (target.isPostgres() || readOnlyHome) {
                    m.requireCurrent();
                } else {
                    m.migrate();
                }
            }
            return db;
        } catch (SQLException e) {
            release(c, lock, target.isPostgres());
            throw SqlErrors.translate(e, target.display());
        } catch (RuntimeException e) {
            release(c, lock, target.isPostgres());
            throw e;
        }
    }

    /** Whether the home exists with its database but cannot be written (read-only file system, no write permission). */
    public static boolean homeIsReadOnly(Path home) {
        return Files.isDirectory(home) && Files.exists(home.resolve("kenda.mv.db")) && !Files.isWritable(home);
    }

    private static void prepareHome(Path home) {
        try {
            Files.createDirectories(home);
        } catch (AccessDeniedException e) {
            throw new KendaException(ExitCode.PERMISSION, "cannot create the kenda home " + home + ": permission denied",
                    "set --home or KENDA_HOME to a directory you can write");
        } catch (IOException e) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create the kenda home " + home + ": " + e.getMessage(),
                    "set --home or KENDA_HOME to a directory you can write");
        }
        if (!Files.isDirectory(home)) {
            throw new KendaException(ExitCode.CANT_CREATE, "the kenda home " + home + " is not a directory",
                    "set --home or KENDA_HOME to a directory");
        }
        if (!Files.isWritable(home)) {
            throw new KendaException(ExitCode.PERMISSION, "the kenda home " + home + " is not writable",
                    "run as its owner, or set --home or KENDA_HOME to a directory you can write");
        }
    }

    static Properties connectionProperties(DatabaseTarget target, Settings settings) {
        Properties p = new Properties();
        if (target.isPostgres()) {
            Credentials cred = Credentials.resolve(settings.env());
            if (cred.user() != null) {
                p.setProperty("user", cred.user());
            }
            if (cred.password() != null) {
                p.setProperty("password", cred.password());
            }
            p.setProperty("connectTimeout", "5");
            p.setProperty("loginTimeout", "8");
            p.setProperty("tcpKeepAlive", "true");
            String app = settings.command().startsWith("kenda") ? settings.command() : "kenda " + settings.command();
            p.setProperty("ApplicationName", app.length() > 60 ? app.substring(0, 60) : app);
        } else {
            p.setProperty("user", "sa");
            p.setProperty("password", "");
        }
        return p;
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the connection is being abandoned after an error already reported
            }
        }
    }

    /** For {@code doctor}: who holds the embedded database's lock, or null when it is free or not used. */
    public static String probeLock(Settings settings) {
        DatabaseTarget target = DatabaseTarget.resolve(settings);
        return target.isPostgres() ? null : FileWriterLock.probe(settings.home().resolve("kenda.lock"));
    }

    /** For {@code doctor} on PostgreSQL: who holds kenda's writer locks, or null when none is held. */
    public String advisoryLockHolder() {
        try {
            return isPostgres() ? AdvisoryWriterLock.currentHolders(connection) : null;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, target.display());
        }
    }

    /** Whether the embedded database file exists yet (it is created on first use). */
    public static boolean embeddedExists(Settings settings) {
        return java.nio.file.Files.exists(settings.home().resolve("kenda.mv.db"));
    }

    /** The server's product name and version, for {@code doctor}: "H2 2.4.240 (2025-09-22)". */
    public String product() {
        try {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, target.display());
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Connection connection() {
        return connection;
    }

    public DatabaseTarget target() {
        return target;
    }

    public boolean isPostgres() {
        return target.isPostgres();
    }

    public Migrations migrations() {
        return new Migrations(target, connectionProperties);
    }

    public WriterLock lock() {
        return lock;
    }

    @Override
    public void close() {
        release(connection, lock, target.isPostgres());
    }

    /**
     * Ends the session and its lock in the order that frees the lock before this run returns. On
     * PostgreSQL the advisory locks belong to the session: they are unlocked on the connection
     * before it closes, because a closed connection's server process lets go of them only when it
     * has exited, a moment later, and a script's next kenda command would find the tenant busy
     * (75). On H2 the file lock guards the database file, so it is released after the file is closed.
     */
    private static void release(Connection c, WriterLock lock, boolean postgres) {
        if (!postgres) {
            closeQuietly(c);
            lock.close();
            return;
        }
        try {
            if (c != null && !c.isClosed() && !c.getAutoCommit()) {
                c.rollback(); // an aborted transaction refuses the unlock; closing would roll it back anyway
            }
        } catch (SQLException ignored) {
            // the unlock below fails too, and the server still releases the lock when the session ends
        }
        lock.close();
        closeQuietly(c);
    }
}
