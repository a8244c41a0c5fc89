package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import id.kenda.testing.SystemPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code db backup} on PostgreSQL runs the real {@code pg_dump}, against a server of the same
 * version (the operating system's, since the embedded test server ships no client tools); the dump
 * restores into an empty database with the tenant's rows, and a failed {@code pg_dump} leaves no file.
 */
class PgDumpBackupTest {
    @TempDir
    Path tmp;

    @Test
    void aBackupRestoresWithTheTenantsRows() throws Exception {
        var bin = SystemPostgres.installed();
        assumeTrue(bin.isPresent(), "no PostgreSQL server under /usr/lib/postgresql (Debian: apt-get install postgresql)");
        try (SystemPostgres pg = SystemPostgres.start(bin.get())) {
            Kenda k = Kenda.unmigrated(id.kenda.testing.Backend.H2, tmp.resolve("home"))
                    .env("KENDA_DB_URL", pg.url("postgres")).env("KENDA_DB_USER", "kenda");
            assertEquals(0, k.run("db", "migrate").exit());
            assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
            assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());

            Path dump = tmp.resolve("kenda.dump");
            Run backup = k.run("db", "backup", dump.toString());
            assertEquals(0, backup.exit(), backup::toString);
            byte[] magic = new byte[5];
            System.arraycopy(Files.readAllBytes(dump), 0, magic, 0, 5);
            assertArrayEquals("PGDMP".getBytes(), magic, "pg_dump's custom format");

            assertEquals(0, pg.tool("createdb", "restored").exit());
            Run restore = pg.tool("pg_restore", "--no-owner", "-d", "restored", dump.toString());
            assertEquals(0, restore.exit(), restore::toString);
            try (Connection c = DriverManager.getConnection(pg.url("restored"), "kenda", "");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*), sum(price) from ssh_item where tenant_id = '35.15'")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
                assertEquals(6500, rs.getInt(2));
            }
            Map<String, String> restored = new HashMap<>(k.env());
            restored.put("KENDA_DB_URL", pg.url("restored"));
            Run show = Kenda.run(restored, "-t", "35.15", "ssh", "show", "1.1.7.01.01.01.001.00001", "-o", "json");
            assertEquals(0, show.exit(), show::toString);

            // a database that is not there is a configuration error, named, and no file is left
            Path failed = tmp.resolve("failed.dump");
            Map<String, String> gone = new HashMap<>(k.env());
            gone.put("KENDA_DB_URL", pg.url("no_such_database"));
            Run r = Kenda.run(gone, "db", "backup", failed.toString());
            assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
            assertTrue(r.err().contains("no_such_database"), r::toString);
            assertFalse(r.err().contains("\tat "), r::toString);
            assertFalse(Files.exists(failed), "nothing half-written");
        }
    }
}
