package id.kenda.pricelist;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.testing.Backend;
import id.kenda.testing.Generate;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A child JVM importing a large price list (or a large budget) is killed with SIGKILL at a random
 * moment, again and again; the previous active revision must be intact after each kill, and the next
 * run must remove the leftovers and succeed. {@code -Dkenda.crashLoops=N} sets the kills per backend
 * (default 10); {@code -Dkenda.seed} replays a run's timings.
 */
@org.junit.jupiter.api.Tag("slow")
class KillDuringImportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void killedImportLeavesThePreviousRevisionActive(Backend backend) throws Exception {
        int loops = Integer.getInteger("kenda.crashLoops", 10);
        long seed = Long.getLong("kenda.seed", System.nanoTime());
        Random random = new Random(seed);
        Kenda k = SshImportTest.withTenants(backend, tmp.resolve("home"));
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());
        Path big = Generate.priceList(tmp.resolve("big.csv"), 250_000, 7);
        int killed = killLoop(loops, seed, random, () -> Processes.javaMain(k.env(), "id.kenda.Main", "--wait", "1m", "-t", "35.15", "ssh", "import", big.toString(),
                "--year", "2026", "-q"), k, () -> sshState(k));
        assertEquals(loops, killed, "seed " + seed + ": kills that happened while the import ran");
        Run rerun = k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026", "--label", "again");
        assertEquals(0, rerun.exit(), rerun::toString);
        assertEquals(0, id.kenda.testing.Fixtures.orphanRows(k), "no loading leftovers survive the next writer");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void killedBudgetImportLeavesThePreviousBudgetActive(Backend backend) throws Exception {
        int loops = Math.max(1, Integer.getInteger("kenda.crashLoops", 10) / 2);
        long seed = Long.getLong("kenda.seed", System.nanoTime());
        Random random = new Random(seed);
        Kenda k = SshImportTest.withTenants(backend, tmp.resolve("home"));
        Path prices = Generate.priceList(tmp.resolve("prices.csv"), 5_000, 7);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", prices.toString(), "--year", "2026").exit());
        Path small = Generate.budget(tmp.resolve("small.csv"), 40, 5_000, 3);
        assertEquals(0, k.run("-t", "35.15", "budget", "import", small.toString(), "--year", "2026", "--accept-findings").exit());
        Path big = Generate.budget(tmp.resolve("big.csv"), 300_000, 5_000, 4);
        int killed = killLoop(loops, seed, random, () -> Processes.javaMain(k.env(), "id.kenda.Main", "--wait", "1m", "-t", "35.15", "budget", "import", big.toString(),
                "--year", "2026", "--accept-findings", "-q"), k, () -> budgetState(k));
        assertEquals(loops, killed, "seed " + seed + ": kills that happened while the import ran");
        assertEquals(0, k.run("-t", "35.15", "budget", "import", small.toString(), "--year", "2026", "--stage", "perubahan", "--accept-findings").exit());
        try (Database db = open(k);
             Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("select (select count(*) from budget_line where tenant_id = '35.15')"
                     + " - (select coalesce(sum(row_count), 0) from revision where tenant_id = '35.15' and dataset = 'budget')")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "no budget rows left behind");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void killedRealizationImportLeavesThePreviousRealisationActive(Backend backend) throws Exception {
        int loops = Math.max(1, Integer.getInteger("kenda.crashLoops", 10) / 2);
        long seed = Long.getLong("kenda.seed", System.nanoTime());
        Random random = new Random(seed);
        Kenda k = SshImportTest.withTenants(backend, tmp.resolve("home"));
        Path small = Generate.realization(tmp.resolve("small.csv"), 60, 3);
        assertEquals(0, k.run("-t", "35.15", "realization", "import", small.toString(), "--year", "2026").exit());
        Path big = Generate.realization(tmp.resolve("big.csv"), 8_000, 4);
        int killed = killLoop(loops, seed, random, () -> Processes.javaMain(k.env(), "id.kenda.Main", "--wait", "1m", "-t", "35.15", "realization", "import",
                big.toString(), "--year", "2026", "--allow-shrink", "-q"), k, () -> realizationState(k));
        assertEquals(loops, killed, "seed " + seed + ": kills that happened while the import ran");
        Run rerun = k.run("-t", "35.15", "realization", "import", small.toString(), "--year", "2026", "--allow-shrink");
        assertEquals(0, rerun.exit(), rerun::toString);
        assertEquals(0, id.kenda.testing.Fixtures.orphanRows(k), "no loading leftovers survive the next writer");
    }

    interface Child {
        ProcessBuilder start() throws Exception;
    }

    /**
     * Starts the import again and again, waits until it is seen holding the writer lock, lets it run
     * a random while longer and kills it with SIGKILL; after each kill that found the import still
     * running, the stored state must be what it was before the child started. Returns the number of
     * such kills, after at most three times the wanted number of attempts: an import that finishes
     * first is not counted (it proves nothing) and its result becomes the state the next kill keeps.
     */
    private static int killLoop(int wanted, long seed, Random random, Child child, Kenda k, java.util.concurrent.Callable<String> state) throws Exception {
        int killed = 0;
        String before = state.call();
        for (int attempt = 0; attempt < wanted * 3 && killed < wanted; attempt++) {
            Process p = child.start().redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            id.kenda.testing.Fixtures.awaitWriter(k, p);
            long waitMs = random.nextInt(1500);
            boolean finished = p.waitFor(waitMs, TimeUnit.MILLISECONDS);
            boolean alive = !finished && p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (!alive) {
                before = state.call();
                continue;
            }
            killed++;
            assertEquals(before, state.call(), "seed " + seed + ", attempt " + attempt + ", killed " + waitMs + " ms after it took the writer lock");
        }
        return killed;
    }

    /** The active price-list revisions with their row counts, and a digest of every active row. */
    private static String sshState(Kenda k) throws Exception {
        JsonNode revs = Json.parse(k.run("-t", "35.15", "ssh", "revisions", "-o", "json").out()).get("revisions");
        StringBuilder sb = new StringBuilder();
        for (JsonNode r : revs) {
            sb.append(r.get("id").asText()).append(':').append(r.get("status").asText()).append(':').append(r.get("rows").asText()).append(' ');
        }
        Run export = k.run("-t", "35.15", "ssh", "export", "-o", "json");
        return sb + "rows " + Json.parse(export.out()).size() + " sha256 " + sha256(export.out());
    }

    private static String budgetState(Kenda k) throws Exception {
        try (Database db = open(k);
             Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("select count(*), sum(row_count), min(revision_id), (select count(*) from budget_line b where b.tenant_id = '35.15'"
                     + " and b.revision_id in (select revision_id from revision where tenant_id = '35.15' and dataset = 'budget' and status = 'active'))"
                     + " from revision where tenant_id = '35.15' and dataset = 'budget' and status = 'active'")) {
            rs.next();
            return "active " + rs.getInt(1) + ", rows stated " + rs.getLong(2) + ", revision " + rs.getLong(3) + ", rows stored " + rs.getLong(4);
        }
    }

    private static final String ACTIVE_REALIZATION = "select revision_id from revision where tenant_id = '35.15' and dataset = 'realization' and status = 'active'";

    /**
     * The active realisation revisions, what the control summary reads (its series), and the rows
     * and series of the active revision only: a killed import commits its rows in batches under its
     * own loading revision, which the next writer removes (checked at the end of the test).
     */
    private static String realizationState(Kenda k) throws Exception {
        Run summary = k.run("-t", "35.15", "control", "summary", "--period", "2026-12", "--level", "sub-kegiatan", "-o", "json");
        try (Database db = open(k);
             Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("select count(*), min(revision_id), sum(row_count), (select count(*) from realization_series s where s.tenant_id = '35.15' and s.revision_id in (" + ACTIVE_REALIZATION + ")),"
                     + " (select count(*) from realization_row r where r.tenant_id = '35.15' and r.revision_id in (" + ACTIVE_REALIZATION + "))"
                     + " from revision where tenant_id = '35.15' and dataset = 'realization' and status = 'active'")) {
            rs.next();
            return "active " + rs.getInt(1) + ", revision " + rs.getLong(2) + ", rows stated " + rs.getLong(3) + ", series chunks " + rs.getLong(4)
                    + ", rows stored " + rs.getLong(5) + ", summary " + summary.exit() + " " + sha256(summary.out())
                    + (summary.exit() > 1 ? " " + summary.err().strip() : "");
        }
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Database open(Kenda k) {
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        return Database.open(s, Database.Access.READ, Database.Schema.AS_IS, m -> { });
    }
}
