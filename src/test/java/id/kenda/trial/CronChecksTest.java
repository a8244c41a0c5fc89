package id.kenda.trial;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What cron needs to tell a missed import or a critical contract from a quiet month: an exit code. */
class CronChecksTest {
    static final Path DEMO = Path.of("src/main/resources/demo");

    @TempDir
    Path tmp;

    private Kenda sidoarjoWithBudget() {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home")).env("KENDA_SIDOARJO_DB_PASSWORD", "x");
        assertEquals(0, k.run("tenant", "provision", "35.15", "--config", DEMO.resolve("sidoarjo.yaml").toString(),
                "--skpd", DEMO.resolve("skpd-sidoarjo.csv").toString()).exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(),
                DEMO.resolve("export_excel_sbu_Sidoarjo_2026.csv").toString(), "--year", "2026").exit());
        assertEquals(0, k.run("-t", "35.15", "budget", "import", DEMO.resolve("budget-sidoarjo-2026.csv").toString(), "--year", "2026",
                "--accept-findings").exit());
        return k;
    }

    @Test
    void aMonthWithNoRealisationFailsOnMissing() {
        Kenda k = sidoarjoWithBudget();
        assertEquals(0, k.run("-t", "35.15", "realization", "import", DEMO.resolve("realisasi-sidoarjo-2026.csv").toString(), "--year", "2026").exit());
        Run quiet = k.run("-t", "35.15", "control", "summary", "--period", "2026-09");
        assertEquals(0, quiet.exit(), "without --fail-on a month with no data is not an error: " + quiet);
        Run missed = k.run("-t", "35.15", "control", "summary", "--period", "2026-09", "--fail-on", "missing");
        assertEquals(ExitCode.FINDINGS, missed.exit(), missed::toString);
        Run both = k.run("-t", "35.15", "control", "summary", "--period", "2026-09", "--fail-on", "red,missing");
        assertEquals(ExitCode.FINDINGS, both.exit(), both::toString);
        Run complete = k.run("-t", "35.15", "control", "summary", "--period", "2026-08", "--fail-on", "missing", "-o", "json");
        assertEquals(0, complete.exit(), complete::toString);
        assertEquals(0, Json.parse(complete.out()).get("missing").size());
        assertEquals(ExitCode.USAGE, k.run("-t", "35.15", "control", "summary", "--period", "2026-08", "--fail-on", "late").exit());
    }

    @Test
    void aSubKegiatanOfTheBudgetWithoutItsMonthIsCountedAndFails() throws Exception {
        Kenda k = sidoarjoWithBudget();
        List<String> lines = Files.readAllLines(DEMO.resolve("realisasi-sidoarjo-2026.csv"));
        Path partial = tmp.resolve("realisasi-partial.csv");
        Files.write(partial, lines.stream().filter(l -> !(l.contains(",1.02.02.2.02.0032,") && l.contains(",2026-08,"))).toList());
        Run imported = k.run("-t", "35.15", "realization", "import", partial.toString(), "--year", "2026");
        assertEquals(0, imported.exit(), imported::toString);
        Run r = k.run("-t", "35.15", "control", "summary", "--period", "2026-08", "-o", "json", "--fail-on", "missing");
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        JsonNode missing = Json.parse(r.out()).get("missing");
        assertEquals(1, missing.size(), r::toString);
        assertEquals("1.02.02.2.02.0032", missing.get(0).asText());
        assertTrue(r.err().contains("1 sub kegiatan has no realisation for 2026-08 (1.02.02.2.02.0032)"), r::toString);
        assertEquals(0, k.run("-t", "35.15", "control", "summary", "--period", "2026-08").exit(), "only --fail-on missing fails on it");
    }

    @Test
    void criticalFailsOnCritical() {
        Kenda k = sidoarjoWithBudget();
        assertEquals(0, k.run("-t", "35.15", "realization", "import", DEMO.resolve("realisasi-sidoarjo-2026.csv").toString(), "--year", "2026").exit());
        Run listed = k.run("-t", "35.15", "control", "critical", "--period", "2026-08", "-o", "json");
        assertEquals(0, listed.exit(), listed::toString);
        assertEquals(2, Json.parse(listed.out()).get("count").asInt());
        Run failing = k.run("-t", "35.15", "control", "critical", "--period", "2026-08", "--fail-on", "critical");
        assertEquals(ExitCode.FINDINGS, failing.exit(), failing::toString);
        Run early = k.run("-t", "35.15", "control", "critical", "--period", "2026-01", "--fail-on", "critical", "-o", "json");
        assertEquals(0, Json.parse(early.out()).get("count").asInt(), early::toString);
        assertEquals(0, early.exit(), "nothing critical in January: " + early);
    }
}
