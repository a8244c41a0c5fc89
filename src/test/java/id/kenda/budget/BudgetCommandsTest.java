package id.kenda.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Generate;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** budget validate and budget import through the real command line. */
class BudgetCommandsTest {
    static final Path DEMO = Path.of("src/main/resources/demo");

    @TempDir
    Path tmp;

    static Kenda sidoarjo(Backend b, Path home) {
        Kenda k = new Kenda(b, home);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(),
                DEMO.resolve("export_excel_sbu_Sidoarjo_2026.csv").toString(), "--year", "2026").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-perubahan.csv").toString(), "--year", "2026").exit());
        return k;
    }

    private static String budget() {
        return DEMO.resolve("budget-sidoarjo-2026.csv").toString();
    }

    @Test
    void jsonShapeCountsEveryRuleEvenWhenFindingsAreCapped() {
        Kenda k = sidoarjo(Backend.H2, tmp);
        Run r = k.run("-t", "35.15", "budget", "validate", budget(), "--pagu", DEMO.resolve("pagu-sidoarjo-2026.csv").toString(),
                "--max-findings", "3", "-o", "json");
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        JsonNode j = Json.parse(r.out());
        for (String f : new String[] {"file", "tenant", "fiscalYear", "lines", "checked", "exempt", "errors", "warnings", "byRule", "findings", "truncated"}) {
            assertTrue(j.has(f), f);
        }
        assertEquals(27, j.get("lines").asInt());
        assertEquals(1, j.get("exempt").asInt());
        assertEquals(26, j.get("checked").asInt());
        assertEquals(9, j.get("errors").asInt());
        assertEquals(3, j.get("warnings").asInt());
        assertEquals(3, j.get("findings").size());
        assertTrue(j.get("truncated").asBoolean());
        for (Rule rule : Rule.values()) {
            // the demo's agencies are all in Sidoarjo's list; skpd-unknown is held by ImportGuardsTest, and
            // stage-mismatch (a DPA-P import's) by StagesTest
            if (rule != Rule.SKPD_UNKNOWN && rule != Rule.STAGE_MISMATCH) {
                assertTrue(j.get("byRule").has(rule.id), "every rule fires in the demo budget: " + rule.id);
            }
        }
        assertEquals(2, j.get("byRule").get("pagu-exceeded").asInt());
        JsonNode f = j.get("findings").get(0);
        for (String field : new String[] {"line", "rule", "severity", "message", "field", "value", "expected"}) {
            assertTrue(f.has(field), field);
        }
    }

    @Test
    void failOnDecidesTheExitCode() {
        Kenda k = sidoarjo(Backend.H2, tmp);
        assertEquals(ExitCode.FINDINGS, k.run("-t", "35.15", "budget", "validate", budget()).exit());
        assertEquals(0, k.run("-t", "35.15", "budget", "validate", budget(), "--fail-on", "never").exit());
        Path onlyWarnings = tmp.resolve("w.csv");
        Run golden = k.run("-t", "35.15", "budget", "validate", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv", "-o", "json");
        assertEquals(0, golden.exit(), "a retired item is only a warning: " + golden.out());
        assertEquals(1, Json.parse(golden.out()).get("warnings").asInt());
        assertEquals(ExitCode.FINDINGS, k.run("-t", "35.15", "budget", "validate", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv",
                "--fail-on", "warning").exit());
        assertFalse(Files.exists(onlyWarnings));
        assertEquals(ExitCode.USAGE, k.run("-t", "35.15", "budget", "validate", budget(), "--fail-on", "sometimes").exit());
    }

    @Test
    void reportsByExtensionAndTheHtmlParsesWithEverythingEscaped() throws Exception {
        Kenda k = sidoarjo(Backend.H2, tmp);
        Path evil = tmp.resolve("evil.csv");
        Files.writeString(evil, Files.readString(Path.of(budget())) + "1.02.0.00.0.00.01.0000,1.02.02.2.02.0032,5.1.02.01.01.0024,,,"
                + "\"<script>alert(1)</script>\",,1 Buah,1,Buah,100,0,100\n");
        Path html = tmp.resolve("report.html");
        assertEquals(ExitCode.FINDINGS, k.run("-t", "35.15", "budget", "validate", evil.toString(), "--report", html.toString()).exit());
        Document d = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(0, d.select("script").stream().filter(s -> s.html().contains("alert(1)")).count(), "no injected script");
        assertTrue(d.select("table#findings td").eachText().contains("'<script>alert(1)</script>' tidak ada dalam SSH tahun ini"),
                "the finding, escaped, in the page's language");
        assertEquals(11, d.select("table#findings tbody tr").size(), "10 findings of the demo budget and the injected line's");
        assertFalse(d.select("table#by-rule tbody tr").isEmpty());
        assertFalse(d.select("table#by-skpd tbody tr").isEmpty());
        assertTrue(d.select("link, img, script[src]").isEmpty(), "self-contained: nothing fetched");

        Path json = tmp.resolve("r.json");
        Path csv = tmp.resolve("r.csv");
        assertEquals(ExitCode.FINDINGS, k.run("-t", "35.15", "budget", "validate", budget(), "--report", json.toString()).exit());
        assertEquals(ExitCode.FINDINGS, k.run("-t", "35.15", "budget", "validate", budget(), "--report", csv.toString()).exit());
        assertEquals(27, Json.parse(Files.readString(json)).get("lines").asInt());
        assertEquals(11, Files.readAllLines(csv).size(), "header + 10 findings (no --pagu here)");
        Run badExt = k.run("-t", "35.15", "budget", "validate", budget(), "--report", tmp.resolve("r.pdf").toString());
        assertEquals(ExitCode.USAGE, badExt.exit(), badExt::toString);
        Run csvOut = k.run("-t", "35.15", "budget", "validate", budget(), "-o", "csv");
        assertEquals(ExitCode.FINDINGS, csvOut.exit(), csvOut::toString);
        assertEquals(11, csvOut.out().lines().count());
    }

    @Test
    void badBudgetFilesAreDataErrors() throws Exception {
        Kenda k = sidoarjo(Backend.H2, tmp);
        Path missing = tmp.resolve("cols.csv");
        Files.writeString(missing, "kode_skpd,kode_rekening,nama_komponen,volume\n1.02.0.00.0.00.01.0000,5.1.02.01.01.0024,Pensil,1\n");
        Run r = k.run("-t", "35.15", "budget", "validate", missing.toString());
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("missing required columns kode_sub_kegiatan, harga_satuan"), r::toString);
        Path ragged = tmp.resolve("ragged.csv");
        Files.writeString(ragged, ValidatorRulesTest.H + ValidatorRulesTest.S + "5.1.02.01.01.0024,,1.1.1.01\n");
        Run rr = k.run("-t", "35.15", "budget", "validate", ragged.toString());
        assertEquals(ExitCode.DATA, rr.exit(), rr::toString);
        assertTrue(rr.err().contains("ragged.csv:2: the line has 5 cells where the header has 13"), rr::toString);
        assertEquals(ExitCode.NO_INPUT, k.run("-t", "35.15", "budget", "validate", tmp.resolve("none.csv").toString()).exit());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void budgetImportRefusesErrorsThenStoresAcceptedAndIsUnchangedAgain(Backend backend) {
        Kenda k = sidoarjo(backend, tmp);
        Run refused = k.run("-t", "35.15", "budget", "import", budget(), "--year", "2026", "-o", "json");
        assertEquals(ExitCode.DATA, refused.exit(), refused::toString);
        assertEquals("rejected", Json.parse(refused.out()).get("status").asText());
        assertTrue(refused.err().contains("--accept-findings"), refused::toString);

        Run stored = k.run("-t", "35.15", "budget", "import", budget(), "--year", "2026", "--accept-findings", "-o", "json");
        assertEquals(0, stored.exit(), stored::toString);
        JsonNode j = Json.parse(stored.out());
        assertEquals("imported", j.get("status").asText());
        assertEquals(27, j.get("lines").asInt());
        Run again = k.run("-t", "35.15", "budget", "import", budget(), "--year", "2026", "--accept-findings", "-o", "json");
        assertEquals("unchanged", Json.parse(again.out()).get("status").asText(), again::toString);

        Run golden = k.run("-t", "35.15", "budget", "import", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv", "--year", "2026",
                "--stage", "perubahan", "-o", "json");
        assertEquals(0, golden.exit(), "warnings do not refuse: " + golden);
        assertEquals(8404983, Json.parse(golden.out()).get("validation").get("total").asLong());
    }

    /** The real command in a child JVM whose heap is smaller than the file: memory does not grow with the file. */
    @Test
    void validationStreamsInAFixedSmallHeap() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Path prices = Generate.priceList(tmp.resolve("prices.csv"), 20_000, 7);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", prices.toString(), "--year", "2026").exit());
        Path budget = Generate.budget(tmp.resolve("budget.csv"), 600_000, 20_000, 11);
        assertTrue(Files.size(budget) > 64L << 20, "the file is larger than the heap");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "id.kenda.Main", "-t", "35.15", "budget", "validate", budget.toString(),
                "--year", "2026", "-o", "json", "--max-findings", "100"));
        pb.environment().putAll(k.env());
        Run r = Processes.finish(pb, 300);
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        JsonNode j = Json.parse(r.out());
        assertEquals(600_000, j.get("lines").asInt());
        long marked = j.get("byRule").get("price-above-ssh").asLong();
        assertTrue(marked > 12_000 && marked < 24_000, "about 3 % marked up: " + marked);
        assertEquals(marked, j.get("errors").asLong());
    }
}
