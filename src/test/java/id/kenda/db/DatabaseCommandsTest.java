package id.kenda.db;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Pg;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** db migrate / status / backup and doctor on H2 and on a real PostgreSQL. */
class DatabaseCommandsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migrateThenMigrateAgainIsANoOp(Backend backend) {
        Kenda k = Kenda.unmigrated(backend, tmp);
        Run first = k.run("db", "migrate", "-o", "json");
        assertEquals(0, first.exit(), first::toString);
        JsonNode j = Json.parse(first.out());
        assertEquals("none", j.get("from").asText());
        assertTrue(j.get("applied").asInt() >= 1);
        Run second = k.run("db", "migrate", "-o", "json");
        assertEquals(0, second.exit(), second::toString);
        assertEquals(0, Json.parse(second.out()).get("applied").asInt());
        assertTrue(second.err().contains("up to date"), second::toString);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void statusListsMigrationsAndDoctorPasses(Backend backend) {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("db", "migrate").exit());
        Run status = k.run("db", "status", "-o", "json");
        assertEquals(0, status.exit(), status::toString);
        JsonNode j = Json.parse(status.out());
        assertEquals(0, j.get("pending").asInt());
        assertEquals("success", j.get("migrations").get(0).get("state").asText());
        Run doctor = k.run("doctor", "-o", "json");
        assertEquals(0, doctor.exit(), doctor::toString);
        assertTrue(Json.parse(doctor.out()).get("ok").asBoolean());
    }

    @Test
    void sharedPostgresBehindItsSchemaIsRefusedWith78() {
        Kenda k = Kenda.unmigrated(Backend.POSTGRES, tmp);
        Run backup = k.run("db", "backup", tmp.resolve("b.dump").toString());
        assertEquals(ExitCode.CONFIG, backup.exit(), backup::toString);
        assertTrue(backup.err().contains("kenda db migrate"), backup::toString);
        Run doctor = k.run("doctor");
        assertEquals(ExitCode.CONFIG, doctor.exit(), doctor::toString);
        assertTrue(doctor.out().contains("pending"), doctor::toString);
    }

    @Test
    void embeddedDatabaseMigratesItselfOnFirstUse() {
        Kenda k = new Kenda(Backend.H2, tmp);
        Path file = tmp.resolve("b.zip");
        Run backup = k.run("db", "backup", file.toString());
        assertEquals(0, backup.exit(), backup::toString);
        assertTrue(Files.isRegularFile(file));
        JsonNode status = Json.parse(k.run("db", "status", "-o", "json").out());
        assertEquals(0, status.get("pending").asInt());
        assertFalse(status.get("current").asText().equals("none"));
    }

    @Test
    void backupRefusesToReplaceAFileWithoutForce() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp);
        Path file = tmp.resolve("b.zip");
        Files.writeString(file, "keep me");
        Run r = k.run("db", "backup", file.toString());
        assertEquals(ExitCode.CANT_CREATE, r.exit(), r::toString);
        assertEquals("keep me", Files.readString(file));
        assertEquals(0, k.run("db", "backup", "--force", file.toString()).exit());
        assertTrue(Files.size(file) > 100);
        Run missingDir = k.run("db", "backup", tmp.resolve("no/such/dir/b.zip").toString());
        assertEquals(ExitCode.CANT_CREATE, missingDir.exit(), missingDir::toString);
    }

    @Test
    void aDatabaseFromANewerKendaIsRefused() throws Exception {
        String url = Pg.newDatabase();
        Map<String, String> env = Map.of("KENDA_HOME", tmp.toString(), "KENDA_DB_URL", url, "KENDA_DB_USER", "postgres");
        assertEquals(0, Kenda.run(env, "db", "migrate").exit());
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", ""); var st = c.createStatement()) {
            st.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                    + " values (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'kenda', 1, true)");
        }
        Run r = Kenda.run(env, "tenant", "list");
        assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
        assertTrue(r.err().contains("newer than this kenda"), r::toString);
    }

    @Test
    void changedMigrationIsDetectedAs78() throws Exception {
        String url = Pg.newDatabase();
        Map<String, String> env = Map.of("KENDA_HOME", tmp.toString(), "KENDA_DB_URL", url, "KENDA_DB_USER", "postgres");
        assertEquals(0, Kenda.run(env, "db", "migrate").exit());
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", ""); var st = c.createStatement()) {
            st.execute("update flyway_schema_history set checksum = checksum + 1 where version = '1'");
        }
        Run r = Kenda.run(env, "db", "backup", tmp.resolve("x.dump").toString());
        assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    /**
     * The start-up check that lets a command skip Flyway must agree with Flyway: true on a
     * database Flyway migrated (its checksums are Flyway's own), false as soon as anything
     * differs, and the index it reads lists exactly the migration files.
     */
    @Test
    void theFastSchemaCheckAgreesWithFlyway() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            var sql = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
            assertEquals(sql, Files.readAllLines(Path.of("src/main/resources/db/migration/index.txt")).stream().filter(l -> !l.isBlank()).toList(),
                    "db/migration/index.txt lists every migration, in order: add a new one there");
        }
        String url = Pg.newDatabase();
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", "")) {
            assertFalse(Migrations.isCurrent(c), "no schema history yet");
        }
        Map<String, String> env = Map.of("KENDA_HOME", tmp.toString(), "KENDA_DB_URL", url, "KENDA_DB_USER", "postgres");
        assertEquals(0, Kenda.run(env, "db", "migrate").exit());
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", ""); var st = c.createStatement()) {
            assertTrue(Migrations.isCurrent(c), "Flyway's checksums are the ones computed here");
            st.execute("update flyway_schema_history set checksum = checksum + 1 where version = '9'");
            assertFalse(Migrations.isCurrent(c));
            st.execute("update flyway_schema_history set checksum = checksum - 1 where version = '9'");
            assertTrue(Migrations.isCurrent(c));
            st.execute("update flyway_schema_history set success = false where version = '9'");
            assertFalse(Migrations.isCurrent(c));
        }
        // the embedded database, migrated on first use, passes the same check
        Path home = tmp.resolve("h2");
        assertEquals(0, Kenda.run(Map.of("KENDA_HOME", home.toString()), "tenant", "list").exit());
        try (var c = java.sql.DriverManager.getConnection(DatabaseTarget.h2(home).jdbcUrl(), "sa", "")) {
            assertTrue(Migrations.isCurrent(c));
        }
    }

    /**
     * The one migration that differs by database: on PostgreSQL the price-list item key is
     * compared byte by byte (its primary key's inserts measured faster), on H2 the table is left
     * as it is; both carry the same comment and the same Flyway checksum.
     */
    @Test
    void itemKeysAreComparedByteByByteOnPostgres() throws Exception {
        String url = Pg.newDatabase();
        assertEquals(0, Kenda.run(Map.of("KENDA_HOME", tmp.toString(), "KENDA_DB_URL", url, "KENDA_DB_USER", "postgres"), "db", "migrate").exit());
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", ""); var st = c.createStatement();
             var rs = st.executeQuery("SELECT collation_name, col_description('ssh_item'::regclass, ordinal_position) FROM information_schema.columns"
                     + " WHERE table_name = 'ssh_item' AND column_name = 'item_key'")) {
            assertTrue(rs.next());
            assertEquals("C", rs.getString(1));
            assertTrue(rs.getString(2).contains("byte by byte"), rs.getString(2));
        }
        Path home = tmp.resolve("h2");
        assertEquals(0, Kenda.run(Map.of("KENDA_HOME", home.toString()), "tenant", "list").exit());
        try (var c = java.sql.DriverManager.getConnection(DatabaseTarget.h2(home).jdbcUrl(), "sa", ""); var st = c.createStatement();
             var rs = st.executeQuery("SELECT remarks FROM information_schema.columns WHERE table_name = 'ssh_item' AND column_name = 'item_key'")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).contains("byte by byte"), rs.getString(1));
        }
    }
}
