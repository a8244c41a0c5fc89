package id.kenda.ops;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Generate;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail read back: kenda runs, runs show, runs prune; a killed run shows as interrupted. */
class RunsTest {
    static final String SSH = "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv";
    static final String SBU = "src/main/resources/demo/export_excel_sbu_Sidoarjo_2026.csv";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void runsListNewestFirstWithWhatEachReadAndStored(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        Run ok = k.run("-t", "35.15", "ssh", "import", SSH, SBU, "--year", "2026");
        assertEquals(0, ok.exit(), ok::toString);
        Run bad = k.run("-t", "35.79", "ssh", "import", "src/test/resources/fixtures/ssh/bad-kind.csv", "--year", "2026");
        assertEquals(ExitCode.DATA, bad.exit(), bad::toString);

        JsonNode runs = Json.parse(k.run("runs", "-o", "json").out()).get("runs");
        assertEquals(List.of("ssh import", "ssh import", "tenant provision", "tenant provision"), names(runs), "newest first");
        JsonNode refused = runs.get(0);
        assertEquals("35.79", refused.get("tenant").asText());
        assertEquals("failed", refused.get("status").asText());
        assertEquals(65, refused.get("exitCode").asInt());
        assertEquals(1, refused.get("rowsRead").asLong());
        assertTrue(refused.get("revision").isNull());
        JsonNode imported = runs.get(1);
        assertEquals("ok", imported.get("status").asText());
        assertEquals(0, imported.get("exitCode").asInt());
        long stored = imported.get("rowsStored").asLong();
        JsonNode revisions = Json.parse(k.run("-t", "35.15", "ssh", "revisions", "-o", "json").out()).get("revisions");
        long inRevisions = 0;
        int firstRevision = Integer.MAX_VALUE;
        for (JsonNode r : revisions) {
            inRevisions += r.get("rows").asLong();
            firstRevision = Math.min(firstRevision, r.get("id").asInt());
        }
        assertEquals(inRevisions, stored, "rows stored are the revisions' rows");
        assertEquals(firstRevision, imported.get("revision").asInt());
        assertTrue(imported.get("rowsRead").asLong() >= stored, imported::toString);
        assertTrue(imported.get("command").asText().startsWith("kenda -t 35.15 ssh import " + SSH), imported::toString);
        assertTrue(imported.get("durationSeconds").asDouble() >= 0);
        assertEquals(System.getProperty("user.name"), imported.get("user").asText());

        assertEquals(List.of("ssh import"), names(Json.parse(k.run("runs", "--failed", "-o", "json").out()).get("runs")));
        assertEquals(List.of("tenant provision", "tenant provision"), names(Json.parse(k.run("runs", "--command", "tenant", "-o", "json").out()).get("runs")));
        assertEquals(2, Json.parse(k.run("runs", "--command", "ssh import", "-o", "json").out()).get("runs").size());
        assertEquals(0, Json.parse(k.run("runs", "--command", "ssh imp", "-o", "json").out()).get("runs").size(), "a whole word, not a prefix");
        assertEquals(List.of("ssh import", "tenant provision"), names(Json.parse(k.run("-t", "35.15", "runs", "-o", "json").out()).get("runs")));
        assertEquals(1, Json.parse(k.run("runs", "--limit", "1", "-o", "json").out()).get("runs").size());
        assertEquals(4, names(Json.parse(k.run("runs", "--since", "1h", "-o", "json").out()).get("runs")).size());
        assertEquals(0, Json.parse(k.run("runs", "--since", "2999-01-01", "-o", "json").out()).get("runs").size());
        Run badSince = k.run("runs", "--since", "yesterday");
        assertEquals(ExitCode.USAGE, badSince.exit());
        assertTrue(badSince.err().contains("--since 'yesterday' is neither a duration nor a date"), badSince::toString);

        Run csv = k.run("runs", "-o", "csv");
        assertTrue(csv.out().startsWith("id,started,duration,user,host,tenant,command,exit,read,stored,revision\n"), csv::toString);
        Run text = k.run("runs");
        assertTrue(text.out().contains(refused.get("id").asText().substring(0, 8)), text::toString);

        Run show = k.run("runs", "show", imported.get("id").asText().substring(0, 8), "-o", "json");
        assertEquals(0, show.exit(), show::toString);
        assertEquals(imported, Json.parse(show.out()), "show prints the same fields as the list");
        Run missing = k.run("runs", "show", "ffffffff");
        assertEquals(ExitCode.USAGE, missing.exit());
        assertTrue(missing.err().contains("no run with id 'ffffffff'"), missing::toString);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aKilledImportIsInterruptedNotMissing(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        Path big = Generate.priceList(tmp.resolve("big.csv"), 300_000, 5);
        long sizeBefore = backend == Backend.H2 ? java.nio.file.Files.size(k.home().resolve("kenda.mv.db")) : 0;
        Process child = Processes.javaMain(k.env(), "id.kenda.Main", "--wait", "1m", "-t", "35.15", "ssh", "import", big.toString(), "--year", "2026", "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Fixtures.awaitWriter(k, child);
        // the run is recorded once the file is hashed (an unchanged file is a no-op, not a run)
        if (backend == Backend.POSTGRES) {
            // PostgreSQL readers run beside the writer: it is seen running
            assertEquals("running", awaitRun(k, "running"), "the import is listed as running while it runs");
        } else {
            // H2 admits one process: nothing can read while the child runs. Its rows reaching the
            // file (which grows by megabytes) come after the audit row, so the run is on record
            Path file = k.home().resolve("kenda.mv.db");
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (java.nio.file.Files.size(file) < sizeBefore + 4_000_000 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        assertTrue(child.isAlive(), "the import was still running when it was killed");
        child.destroyForcibly().waitFor();
        awaitRun(k, "interrupted");
        JsonNode runs = Json.parse(k.run("runs", "--command", "ssh", "-o", "json").out()).get("runs");
        assertEquals(1, runs.size(), runs::toString);
        assertEquals("interrupted", runs.get(0).get("status").asText(), runs::toString);
        assertTrue(runs.get(0).get("exitCode").isNull());
        assertEquals(1, Json.parse(k.run("runs", "--failed", "-o", "json").out()).get("runs").size(), "interrupted counts as failed");
        assertTrue(k.run("runs").out().contains("interrupted"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void pruneDeletesOnlyOldRunsAndADryRunDeletesNothing(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", SSH, "--year", "2026").exit());
        JsonNode runs = Json.parse(k.run("runs", "--command", "tenant", "-o", "json").out()).get("runs");
        assertEquals(2, runs.size());
        String kept = Json.parse(k.run("runs", "--command", "ssh", "-o", "json").out()).get("runs").get(0).get("id").asText();
        String old = runs.get(1).get("id").asText();
        age(k, old, 500);
        age(k, runs.get(0).get("id").asText(), 300);

        Run dry = k.run("runs", "prune", "--older-than", "400d", "--dry-run", "-o", "json");
        assertEquals(0, dry.exit(), dry::toString);
        assertEquals(1, Json.parse(dry.out()).get("deleted").asInt());
        assertEquals(3, names(Json.parse(k.run("runs", "-o", "json").out()).get("runs")).size(), "a dry run deletes nothing");

        Run prune = k.run("runs", "prune", "--older-than", "400d");
        assertEquals(0, prune.exit(), prune::toString);
        assertTrue(prune.err().contains("deleted 1 runs started before"), prune::toString);
        JsonNode after = Json.parse(k.run("runs", "-o", "json").out()).get("runs");
        List<String> ids = new ArrayList<>();
        after.forEach(r -> ids.add(r.get("id").asText()));
        assertFalse(ids.contains(old), "the 500-day-old run went");
        assertTrue(ids.contains(kept));
        assertEquals(List.of("runs prune", "ssh import", "tenant provision"), names(after), "the prune is itself a run; the 300-day-old one stays");

        assertEquals(ExitCode.USAGE, k.run("runs", "prune", "--older-than", "1h").exit(), "less than a day is refused");
        assertEquals(ExitCode.USAGE, k.run("runs", "prune").exit(), "--older-than is required");
        assertEquals(ExitCode.USAGE, k.run("runs", "prune", "--older-than", "soon").exit());
    }

    private static void age(Kenda k, String runId, int days) throws Exception {
        try (Database db = Database.open(settings(k), Database.Access.READ, Database.Schema.AS_IS, m -> { });
             Statement st = db.connection().createStatement()) {
            String shift = k.backend() == Backend.H2 ? "dateadd(day, -" + days + ", started_at)" : "started_at - interval '" + days + " days'";
            assertEquals(1, st.executeUpdate("update run_audit set started_at = " + shift + ", finished_at = " + shift.replace("started_at", "finished_at")
                    + " where run_id = '" + runId + "'"));
        }
    }

    /** The status of the newest ssh run once it is {@code wanted}, or the last seen after 60 s (the server notices a killed client within moments). */
    private static String awaitRun(Kenda k, String wanted) throws Exception {
        String last = "no ssh run";
        for (int i = 0; i < 600 && !last.equals(wanted); i++) {
            JsonNode runs = Json.parse(k.run("runs", "--command", "ssh", "-o", "json").out()).get("runs");
            last = runs.isEmpty() ? "no ssh run" : runs.get(0).get("status").asText();
            if (!last.equals(wanted)) {
                Thread.sleep(100);
            }
        }
        return last;
    }

    private static Settings settings(Kenda k) {
        return new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
    }

    private static List<String> names(JsonNode runs) {
        List<String> out = new ArrayList<>();
        runs.forEach(r -> {
            if (!r.get("commandName").asText().equals("db migrate")) {
                out.add(r.get("commandName").asText());
            }
        });
        return out;
    }
}
