package id.kenda.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.Interrupts;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Generate;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIGTERM and SIGINT during an import: rolled back, lock released, temp files removed, exit 143 / 130. */
@Tag("slow")
class SignalsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void signalsStopAnImportCleanly(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());
        Path big = Generate.priceList(tmp.resolve("big.csv"), 400_000, 3);
        for (String[] signal : new String[][] {{"TERM", String.valueOf(Interrupts.SIGTERM_EXIT)}, {"INT", String.valueOf(Interrupts.SIGINT_EXIT)}}) {
            Path rejects = tmp.resolve("rejects.csv");
            Process child = Processes.javaMain(k.env(), "id.kenda.Main", "--wait", "1m", "-t", "35.15", "ssh", "import", big.toString(), "--year", "2026",
                    "--allow-shrink", "--rejects", rejects.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(tmp.resolve("err.txt").toFile()).start();
            Fixtures.awaitWriter(k, child);
            assertTrue(child.isAlive(), "the import is still running when signalled");
            new ProcessBuilder("kill", "-" + signal[0], Long.toString(child.pid())).start().waitFor();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stopped");
            assertEquals(Integer.parseInt(signal[1]), child.exitValue(), "exit code after SIG" + signal[0] + ": " + Files.readString(tmp.resolve("err.txt")));
            try (Stream<Path> files = Files.list(tmp)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".rejects.csv.tmp")), "temp files removed");
            }
            long start = System.nanoTime();
            Run r = k.run("-t", "35.15", "ssh", "revisions", "-o", "json");
            assertEquals(0, r.exit(), "the lock was released: " + r);
            assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "the lock is free at once, not after a timeout");
            JsonNode revs = Json.parse(r.out()).get("revisions");
            assertEquals(1, revs.size());
            assertEquals(2, revs.get(0).get("rows").asInt(), "the previous revision is intact");
            assertEquals(0, Fixtures.orphanRows(k), "rolled back, not left for the next run");
        }
    }
}
