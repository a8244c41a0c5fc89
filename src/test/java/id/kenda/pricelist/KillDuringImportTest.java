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
 * A child JVM importing a large price list is killed with SIGKILL at a random moment; the
 * previous active revision must be intact, and the next run must remove the leftovers and succeed.
 * {@code -Dkenda.crashLoops=N} sets how many kills per backend (default 2; CI's reliability run uses more).
 */
class KillDuringImportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void killedImportLeavesThePreviousRevisionActive(Backend backend) throws Exception {
        int loops = Integer.getInteger("kenda.crashLoops", 2);
        long seed = Long.getLong("kenda.seed", System.nanoTime());
        Random random = new Random(seed);
        Kenda k = SshImportTest.withTenants(backend, tmp.resolve("home"));
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());
        Path big = Generate.priceList(tmp.resolve("big.csv"), 300_000, 7);
        for (int i = 0; i < loops; i++) {
            Process child = Processes.javaMain(k.env(), "id.kenda.Main", "-t", "35.15", "ssh", "import", big.toString(), "--year", "2026", "-q")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long waitMs = 800 + random.nextInt(2500);
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
        }
        Run rerun = k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026", "--label", "again");
        assertEquals(0, rerun.exit(), rerun::toString);
        assertEquals(0, id.kenda.testing.Fixtures.orphanRows(k), "no loading leftovers survive the next writer");
    }
}
