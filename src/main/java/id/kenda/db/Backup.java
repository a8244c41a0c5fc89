package id.kenda.db;

import id.kenda.core.AtomicFiles;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A whole-database backup: H2's online {@code BACKUP TO}, or {@code pg_dump} for PostgreSQL. */
public final class Backup {
    private Backup() {
    }

    public static long write(Database db, Path file, Map<String, String> env) {
        AtomicFiles.write(file, true, temp -> {
            if (db.isPostgres()) {
                pgDump(db.target(), temp, env);
            } else {
                Files.deleteIfExists(temp);
                try (Statement st = db.connection().createStatement()) {
                    st.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, db.target().display());
                }
            }
        });
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void pgDump(DatabaseTarget target, Path temp, Map<String, String> env) throws IOException {
        URI uri = URI.create(target.jdbcUrl().substring("jdbc:".length()));
        String dbName = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        List<String> cmd = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-password", "--file=" + temp,
                "--host=" + (uri.getHost() == null ? "localhost" : uri.getHost())));
        if (uri.getPort() > 0) {
            cmd.add("--port=" + uri.getPort());
        }
        Credentials cred = Credentials.resolve(env);
        if (cred.user() != null) {
            cmd.add("--username=" + cred.user());
        }
        cmd.add(dbName);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (cred.password() != null) {
            pb.environment().put("PGPASSWORD", cred.password());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new KendaException(ExitCode.CONFIG, "pg_dump is not installed or not on PATH",
                    "install the PostgreSQL client (Debian: apt-get install postgresql-client) matching the server's version");
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            int rc = p.waitFor();
            if (rc != 0) {
                throw new KendaException(ExitCode.UNAVAILABLE, "pg_dump failed (exit " + rc + "): " + output.lines().findFirst().orElse(""),
                        "check that pg_dump's version is at least the server's and the database is reachable");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new KendaException(ExitCode.IO, "interrupted while pg_dump ran", null);
        }
    }
}
