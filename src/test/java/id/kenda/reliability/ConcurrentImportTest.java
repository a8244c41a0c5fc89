package id.kenda.reliability;

import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Generate;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two processes importing into one region at once: one runs, the other exits 75 at once naming
 * the holder, or waits its turn. On PostgreSQL a writer of another region runs beside it.
 */
@Tag("slow")
class ConcurrentImportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void secondImporterExits75OrWaits(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        Path big = Generate.priceList(tmp.resolve("big.csv"), 300_000, 5);
        Process first = Processes.javaMain(k.env(), "id.kenda.Main", "--wait", "1m", "-t", "35.15", "ssh", "import", big.toString(), "--year", "2026", "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Fixtures.awaitWriter(k, first);
        assertTrue(first.isAlive(), "the first import is running");
        long start = System.nanoTime();
        Run second = Processes.finish(Processes.javaMain(k.env(), "id.kenda.Main", "-t", "35.15", "ssh", "import",
                "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026"), 60);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(first.isAlive(), "the first was still running when the second gave up");
        assertEquals(ExitCode.BUSY, second.exit(), second::toString);
        assertTrue(millis < 10_000, "answered without waiting for the first (" + millis + " ms, JVM start included)");
        assertTrue(second.err().contains(backend == Backend.H2 ? "pid " + first.pid() : "ssh import"), second::toString);
        if (backend == Backend.POSTGRES) {
            assertTrue(second.err().contains("tenant 35.15 is busy"), second::toString);
            Run beside = Processes.finish(Processes.javaMain(k.env(), "id.kenda.Main", "-t", "35.79", "ssh", "import",
                    "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026"), 60);
            assertEquals(0, beside.exit(), "another region's import runs beside the first: " + beside);
            assertTrue(first.isAlive(), "and it finished while the first was still running");
        }

        Run waited = Processes.finish(Processes.javaMain(k.env(), "id.kenda.Main", "--wait", "2m", "-t", "35.79", "ssh", "import",
                "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026"), 180);
        assertEquals(0, waited.exit(), waited::toString);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), "the first import completed");
    }
}
