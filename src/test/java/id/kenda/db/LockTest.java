package id.kenda.db;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.HoldLock;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One writer at a time, across processes: the second exits 75 naming the holder, or waits. On
 * PostgreSQL "one at a time" is per tenant, and a schema change waits for every writer.
 */
class LockTest {
    @TempDir
    Path tmp;

    private Process holdLock(Kenda k, long millis) throws Exception {
        return holdLock(k.env(), millis);
    }

    private Process holdLock(java.util.Map<String, String> env, long millis, String... how) throws Exception {
        String[] args = new String[how.length + 1];
        args[0] = Long.toString(millis);
        System.arraycopy(how, 0, args, 1, how.length);
        Process p = Processes.javaMain(env, HoldLock.class.getName(), args)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", r.readLine(), "child took the lock");
        return p;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void secondWriterExits75NamingTheHolder(Backend backend) throws Exception {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("db", "migrate").exit());
        Process child = holdLock(k, 20_000);
        try {
            long start = System.nanoTime();
            Run r = k.run("db", "migrate");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ExitCode.BUSY, r.exit(), r::toString);
            assertTrue(millis < 10_000, "answered without waiting for the holder (" + millis + " ms)");
            assertTrue(r.err().contains("pid " + (backend == Backend.H2 ? child.pid() : "")), r::toString);
            assertTrue(r.err().contains("--wait"), r::toString);
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void doctorNamesTheHolderOfTheLock(Backend backend) throws Exception {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("db", "migrate").exit());
        Process child = holdLock(k, 20_000);
        try {
            Run r = k.run("doctor", "-o", "json");
            JsonNode lock = null;
            for (JsonNode c : Json.parse(r.out()).get("checks")) {
                if (c.get("name").asText().equals("lock")) {
                    lock = c;
                }
            }
            assertNotNull(lock, r::toString);
            assertTrue(lock.get("detail").asText().contains("held by"), r::toString);
            if (backend == Backend.H2) {
                // one process per embedded file: nothing else can run until the holder ends
                assertEquals(ExitCode.BUSY, r.exit(), r::toString);
                assertTrue(lock.get("detail").asText().contains("pid " + child.pid()), r::toString);
            } else {
                // PostgreSQL readers are not blocked by a writer: the installation is fine
                assertEquals(0, r.exit(), r::toString);
                assertTrue(lock.get("detail").asText().contains("readers are not blocked"), r::toString);
            }
        } finally {
            child.destroyForcibly().waitFor();
        }
        Run after = k.run("doctor");
        assertEquals(0, after.exit(), after::toString);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void waitingWriterRunsAfterTheHolderEnds(Backend backend) throws Exception {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("db", "migrate").exit());
        Process child = holdLock(k, 1500);
        Run r = k.run("--wait", "30s", "db", "migrate");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("waiting up to 30s"), r::toString);
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void killedHolderReleasesTheLock(Backend backend) throws Exception {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("db", "migrate").exit());
        Process child = holdLock(k, 60_000);
        child.destroyForcibly().waitFor();
        Run r = k.run("--wait", "15s", "db", "migrate");
        assertEquals(0, r.exit(), r::toString);
    }

    @org.junit.jupiter.api.Test
    void postgresWritersOfDifferentTenantsRunSideBySideAndASchemaChangeWaitsForAll() throws Exception {
        Kenda k = id.kenda.testing.Fixtures.withTenants(Backend.POSTGRES, tmp);
        String two = "src/test/resources/fixtures/ssh/valid-two-items.csv";
        java.util.Map<String, String> sidoarjo = new java.util.HashMap<>(k.env());
        sidoarjo.put("KENDA_TENANT", "35.15");
        Process child = holdLock(sidoarjo, 60_000);
        try {
            Run beside = k.run("-t", "35.79", "ssh", "import", two, "--year", "2026");
            assertEquals(0, beside.exit(), "another tenant's writer runs: " + beside);
            Run same = k.run("-t", "35.15", "ssh", "import", two, "--year", "2026");
            assertEquals(ExitCode.BUSY, same.exit(), same::toString);
            assertTrue(same.err().contains("tenant 35.15 is busy: another kenda run is writing to it: server pid "), same::toString);
            assertTrue(same.err().contains("test-hold-lock"), "names the holder's command: " + same);
            Run migrate = k.run("db", "migrate");
            assertEquals(ExitCode.BUSY, migrate.exit(), "no migration under a writer: " + migrate);
            assertTrue(migrate.err().contains("the database is busy"), migrate::toString);
            Run doctor = k.run("doctor", "-o", "json");
            assertTrue(doctor.out().contains("(tenant 35.15)"), doctor::toString);
        } finally {
            child.destroyForcibly().waitFor();
        }
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", two, "--year", "2026").exit(), "the killed holder's lock went with its session");

        Process migration = holdLock(k.env(), 60_000, "schema");
        try {
            Run blocked = k.run("-t", "35.79", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026", "--dry-run");
            assertEquals(ExitCode.BUSY, blocked.exit(), "no writer under a migration: " + blocked);
            assertTrue(blocked.err().contains("the database is busy: another kenda run holds its lock"), blocked::toString);
            Run reader = k.run("-t", "35.79", "ssh", "revisions");
            assertEquals(0, reader.exit(), "readers are not blocked: " + reader);
        } finally {
            migration.destroyForcibly().waitFor();
        }
    }

    /** A script runs kenda commands back to back: each has let go of its locks by the time it returns. */
    @org.junit.jupiter.api.Test
    void postgresWritersReleaseTheirLocksBeforeTheyReturn() throws Exception {
        Kenda k = id.kenda.testing.Fixtures.withTenants(Backend.POSTGRES, tmp);
        String two = "src/test/resources/fixtures/ssh/valid-two-items.csv";
        String invalid = "src/test/resources/fixtures/ssh/invalid-rows.csv";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(k.env().get("KENDA_DB_URL"), "postgres", "")) {
            for (int i = 0; i < 20; i++) {
                assertEquals(0, k.run("-t", "35.15", "ssh", "import", two, "--year", "2026").exit());
                assertEquals(0, advisoryLocks(c), "after a successful import");
                assertEquals(ExitCode.DATA, k.run("-t", "35.15", "ssh", "import", invalid, "--year", "2026").exit());
                assertEquals(0, advisoryLocks(c), "after a refused import");
            }
        }
    }

    private static int advisoryLocks(java.sql.Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
