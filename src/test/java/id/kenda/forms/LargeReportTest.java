package id.kenda.forms;

import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Generate;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import id.kenda.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 200,000-finding validation workbook is written in a 256 MB heap: the workbook streams. */
class LargeReportTest {
    @TempDir
    Path tmp;

    @Test
    void twoHundredThousandFindingsInA256MegabyteHeap() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        Path budget = Generate.budget(tmp.resolve("budget.csv"), 200_000, 1000, 3);
        Path xlsx = tmp.resolve("temuan.xlsx");
        Run r = Processes.finish(Processes.javaMain(k.env(), List.of("-Xmx256m"), "id.kenda.Main", "-t", "35.15", "budget", "validate",
                budget.toString(), "--max-findings", "0", "--report", xlsx.toString(), "-q", "-o", "json"), 600);
        assertEquals(ExitCode.FINDINGS, r.exit(), () -> r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r::err);
        Workbooks wb = Workbooks.read(xlsx);
        int h = wb.rowStarting("Temuan", "Baris");
        var json = id.kenda.testing.Json.parse(r.out());
        assertTrue(json.get("errors").asLong() >= 200_000, "every line is item-not-found against an empty SSH");
        assertEquals(json.get("errors").asLong() + json.get("warnings").asLong(), wb.rows("Temuan").size() - h - 1, "every finding is in the workbook");
    }
}
