package id.kenda.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Generate;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The disk fills up during an import: exit 74 and the previous data kept (needs a small tmpfs; skipped where none can be mounted). */
class DiskFullTest {
    @TempDir
    Path tmp;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void fullDiskGives74AndKeepsThePreviousRevision() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("small"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", dir.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "cannot mount a tmpfs here");
        mount = dir;
        Kenda k = new Kenda(Backend.H2, dir.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());
        Path big = Generate.priceList(tmp.resolve("big.csv"), 200_000, 9);
        Run full = k.run("-t", "35.15", "ssh", "import", big.toString(), "--year", "2026");
        assertEquals(ExitCode.IO, full.exit(), full::toString);
        assertFalse(full.err().contains("\tat "), full::toString);
        // the admin frees space, as the hint says, then looks
        Process grow = new ProcessBuilder("mount", "-o", "remount,size=256m", dir.toString()).redirectErrorStream(true).start();
        assertEquals(0, grow.waitFor(10, TimeUnit.SECONDS) ? grow.exitValue() : -1, "remount with more space");
        Run after = k.run("-t", "35.15", "ssh", "revisions", "-o", "json");
        assertEquals(0, after.exit(), after::toString);
        JsonNode revs = Json.parse(after.out()).get("revisions");
        assertEquals(1, revs.size());
        assertEquals(2, revs.get(0).get("rows").asInt());
        Run show = k.run("-t", "35.15", "ssh", "show", "1.1.7.01.01.01.001.00001");
        assertEquals(0, show.exit(), show::toString);
    }
}
