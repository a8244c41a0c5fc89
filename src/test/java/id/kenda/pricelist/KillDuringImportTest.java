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
        for (int i = 0; i < loops; i++) {
            Process child = Processes.javaMain(k.env(), "id.kenda.Main", "-t", "35.15", "ssh", "import", big.toString(), "--year", "2026", "-q")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long waitMs = 700 + random.nextInt(2300);
            boolean finished = child.waitFor(waitMs, TimeUnit.MILLISECONDS);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String ctx = "seed " + seed + ", loop " + i + ", killed after " + waitMs + " ms" + (finished ? " (it had already finished)" : "");
            if (finished) {
                break;
            }
            JsonNode revs = Json.parse(k.run("-t", "35.15", "ssh", "revisions", "-o", "json").out()).get("revisions");
            assertEquals(1, revs.size(), ctx);
            assertEquals("active", revs.get(0).get("status").asText(), ctx);
            assertEquals(2, revs.get(0).get("rows").asInt(), ctx);
            JsonNode pensil = Json.parse(k.run("-t", "35.15", "ssh", "show", "1.1.7.01.01.01.001.00001", "-o", "json").out());
            assertEquals(2500, pensil.get("price").asInt(), ctx);
            JsonNode all = Json.parse(k.run("-t", "35.15", "ssh", "export", "-o", "json").out());
            assertEquals(2, all.size(), ctx + ": the active revision's rows, counted");
            assertEquals(6500, all.get(0).get("price").asInt() + all.get(1).get("price").asInt(), ctx + ": and their price sum");
        }
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
        for (int i = 0; i < loops; i++) {
            Process child = Processes.javaMain(k.env(), "id.kenda.Main", "-t", "35.15", "budget", "import", big.toString(), "--year", "2026",
                    "--accept-findings", "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long waitMs = 700 + random.nextInt(2300);
            boolean finished = child.waitFor(waitMs, TimeUnit.MILLISECONDS);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (finished) {
                break;
            }
            String ctx = "seed " + seed + ", loop " + i + ", killed after " + waitMs + " ms";
            Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
            try (Database db = Database.open(s, Database.Access.READ, Database.Schema.AS_IS, m -> { });
                 Statement st = db.connection().createStatement();
                 ResultSet rs = st.executeQuery("select count(*), sum(row_count) from revision where tenant_id = '35.15' and dataset = 'budget' and status = 'active'")) {
                rs.next();
                assertEquals(1, rs.getInt(1), ctx);
                assertEquals(40, rs.getInt(2), ctx);
            }
        }
        assertEquals(0, k.run("-t", "35.15", "budget", "import", small.toString(), "--year", "2026", "--stage", "perubahan", "--accept-findings").exit());
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        try (Database db = Database.open(s, Database.Access.READ, Database.Schema.AS_IS, m -> { });
             Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("select (select count(*) from budget_line where tenant_id = '35.15')"
                     + " - (select coalesce(sum(row_count), 0) from revision where tenant_id = '35.15' and dataset = 'budget')")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "no budget rows left behind");
        }
    }
}
