package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoTest {
    @TempDir
    Path tmp;

    @Test
    void demoRunsEveryStepInAFreshHome() {
        Path home = tmp.resolve("demo");
        Run r = Kenda.run(Map.of("KENDA_HOME", tmp.resolve("must-not-be-used").toString()), "demo", "--home", home.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("demo finished"), r::toString);
        assertTrue(Files.exists(home.resolve("kenda.mv.db")));
        for (String w : DemoCommand.WORKBOOKS) {
            assertTrue(r.out().contains(home.resolve(w).toString()), "the demo prints where " + w + " is");
            var wb = id.kenda.testing.Workbooks.read(home.resolve(w));
            assertTrue(!wb.sheetNames().isEmpty() && wb.rows(wb.sheetNames().get(0)).size() > 3, w + " is a workbook with its sheets: " + wb.sheetNames());
        }
    }

    @Test
    void demoRefusesAHomeInUse() throws Exception {
        Files.writeString(tmp.resolve("something"), "x");
        Run r = Kenda.run(Map.of(), "demo", "--home", tmp.toString());
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("not empty"), r::toString);
    }
}
