package id.kenda.trial;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guards a hands-on trial found missing: a wrong, much smaller file must not replace an active
 * revision (SSH, budget, realisation), and the tenant's agency list is enforced.
 */
class ImportGuardsTest {
    static final Path DEMO = Path.of("src/main/resources/demo");

    @TempDir
    Path tmp;

    private static String demo(String f) {
        return DEMO.resolve(f).toString();
    }

    /** The first {@code n} data lines of a demo file, with its header. */
    private Path head(String demoFile, int n) throws Exception {
        List<String> lines = Files.readAllLines(DEMO.resolve(demoFile), java.nio.charset.StandardCharsets.ISO_8859_1);
        Path out = tmp.resolve("head-" + n + "-" + demoFile);
        Files.write(out, lines.subList(0, n + 1), java.nio.charset.StandardCharsets.ISO_8859_1);
        return out;
    }

    private Kenda sidoarjo(Backend b) {
        Kenda k = new Kenda(b, tmp.resolve("home")).env("KENDA_SIDOARJO_DB_PASSWORD", "x");
        Run p = k.run("tenant", "provision", "35.15", "--config", demo("sidoarjo.yaml"), "--skpd", demo("skpd-sidoarjo.csv"));
        assertEquals(0, p.exit(), p::toString);
        return k;
    }

    private static int activeItems(Kenda k) {
        JsonNode revs = Json.parse(k.run("-t", "35.15", "ssh", "revisions", "-o", "json").out()).get("revisions");
        int n = 0;
        for (JsonNode r : revs) {
            if (r.get("status").asText().equals("active") && r.get("kind").asText().equalsIgnoreCase("ssh")) {
                n += r.get("rows").asInt();
            }
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMuchSmallerPriceListIsRefusedUnlessAllowed(Backend backend) throws Exception {
        Kenda k = sidoarjo(backend);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026").exit());
        int before = activeItems(k);
        assertEquals(20, before);
        Path four = head("ssh-sidoarjo-2026-murni.csv", 4);

        Run dry = k.run("-t", "35.15", "ssh", "import", four.toString(), "--year", "2026", "--dry-run");
        assertEquals(ExitCode.DATA, dry.exit(), dry::toString);
        assertTrue(dry.err().contains("would remove 16 of the active revision's 20 SSH items (80.0 %, more than --max-removed 20 %)"), dry::toString);
        assertTrue(dry.err().contains("--max-removed 100 or --allow-shrink"), dry::toString);

        Run refused = k.run("-t", "35.15", "ssh", "import", four.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("nothing was imported"), refused::toString);
        assertEquals(before, activeItems(k), "the active revision is untouched");

        assertEquals(ExitCode.DATA, k.run("-t", "35.15", "ssh", "import", four.toString(), "--year", "2026", "--max-removed", "79.9").exit());
        Run raised = k.run("-t", "35.15", "ssh", "import", four.toString(), "--year", "2026", "--max-removed", "80");
        assertEquals(0, raised.exit(), raised::toString);
        assertEquals(4, activeItems(k));
        Run back = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026");
        assertEquals(0, back.exit(), "growing is never refused: " + back);
        Run allowed = k.run("-t", "35.15", "ssh", "import", four.toString(), "--year", "2026", "--allow-shrink");
        assertEquals(0, allowed.exit(), allowed::toString);
        assertEquals(ExitCode.USAGE, k.run("-t", "35.15", "ssh", "import", four.toString(), "--year", "2026", "--max-removed", "150").exit());
    }

    @Test
    void aMuchSmallerBudgetStageOrRealisationIsRefused() throws Exception {
        Kenda k = sidoarjo(Backend.H2);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), demo("export_excel_sbu_Sidoarjo_2026.csv"),
                "--year", "2026").exit());
        Run full = k.run("-t", "35.15", "budget", "import", demo("budget-sidoarjo-2026.csv"), "--year", "2026", "--accept-findings");
        assertEquals(0, full.exit(), full::toString);
        Path five = head("budget-sidoarjo-2026.csv", 5);
        Run dry = k.run("-t", "35.15", "budget", "import", five.toString(), "--year", "2026", "--accept-findings", "--dry-run");
        assertEquals(ExitCode.DATA, dry.exit(), dry::toString);
        assertTrue(dry.err().contains("would remove 22 of the active revision's 27 budget lines"), dry::toString);
        Run refused = k.run("-t", "35.15", "budget", "import", five.toString(), "--year", "2026", "--accept-findings");
        assertEquals(ExitCode.DATA, refused.exit(), refused::toString);
        assertEquals(0, k.run("-t", "35.15", "budget", "import", five.toString(), "--year", "2026", "--accept-findings", "--allow-shrink").exit());

        assertEquals(0, k.run("-t", "35.15", "budget", "import", demo("budget-sidoarjo-2026.csv"), "--year", "2026", "--accept-findings").exit());
        Run real = k.run("-t", "35.15", "realization", "import", demo("realisasi-sidoarjo-2026.csv"), "--year", "2026");
        assertEquals(0, real.exit(), real::toString);
        Path oneSub = head("realisasi-sidoarjo-2026.csv", 8);
        Run shrunk = k.run("-t", "35.15", "realization", "import", oneSub.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, shrunk.exit(), shrunk::toString);
        assertTrue(shrunk.err().contains("would remove 3 of the active revision's 4 sub kegiatan"), shrunk::toString);
        assertEquals(0, k.run("-t", "35.15", "realization", "import", oneSub.toString(), "--year", "2026", "--max-removed", "100").exit());
    }

    @Test
    void budgetAndRealisationOfAnAgencyOutsideTheTenantsListAreFindings() throws Exception {
        Kenda k = sidoarjo(Backend.H2);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), demo("export_excel_sbu_Sidoarjo_2026.csv"),
                "--year", "2026").exit());
        List<String> lines = Files.readAllLines(DEMO.resolve("budget-sidoarjo-2026.csv"));
        lines.set(2, lines.get(2).replace("2.16.0.00.0.00.01.0000", "7.01.0.00.0.00.01.0000"));
        Path stranger = tmp.resolve("stranger.csv");
        Files.write(stranger, lines);
        Run v = k.run("-t", "35.15", "budget", "validate", stranger.toString(), "--year", "2026", "-o", "json");
        JsonNode j = Json.parse(v.out());
        assertEquals(1, j.get("byRule").path("skpd-unknown").asInt(), v::toString);
        JsonNode f = null;
        for (JsonNode x : j.get("findings")) {
            if (x.get("rule").asText().equals("skpd-unknown")) {
                f = x;
            }
        }
        assertEquals(3, f.get("line").asInt());
        assertEquals("error", f.get("severity").asText());
        assertTrue(f.get("message").asText().contains("7.01.0.00.0.00.01.0000 is not in the tenant's agency list"), f::toString);

        List<String> real = Files.readAllLines(DEMO.resolve("realisasi-sidoarjo-2026.csv"));
        real.set(3, real.get(3).replace("2.16.0.00.0.00.01.0000", "7.01.0.00.0.00.01.0000"));
        Path realStranger = tmp.resolve("real-stranger.csv");
        Files.write(realStranger, real);
        Run r = k.run("-t", "35.15", "realization", "import", realStranger.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains(realStranger + ":4:1: SKPD 7.01.0.00.0.00.01.0000 is not in the tenant's agency list"), r::toString);
    }

    @Test
    void provisioningRefusesToDropAnAgencyThatHoldsData() throws Exception {
        Kenda k = sidoarjo(Backend.H2);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), demo("export_excel_sbu_Sidoarjo_2026.csv"),
                "--year", "2026").exit());
        assertEquals(0, k.run("-t", "35.15", "budget", "import", demo("budget-sidoarjo-2026.csv"), "--year", "2026", "--accept-findings").exit());
        List<String> skpd = Files.readAllLines(DEMO.resolve("skpd-sidoarjo.csv"));
        Path without = tmp.resolve("skpd-without-kominfo.csv");
        Files.write(without, skpd.stream().filter(l -> !l.startsWith("2.16.")).toList());
        Run refused = k.run("tenant", "provision", "35.15", "--skpd", without.toString());
        assertEquals(ExitCode.DATA, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("drops 2.16.0.00.0.00.01.0000 (Dinas Komunikasi dan Informatika), which holds 13 budget lines"), refused::toString);
        assertEquals(ExitCode.DATA, k.run("tenant", "provision", "35.15", "--skpd", without.toString(), "--dry-run").exit());
        assertEquals(6, Json.parse(k.run("tenant", "show", "35.15", "-o", "json").out()).get("spec").get("skpd").size());

        Path withoutEmpty = tmp.resolve("skpd-without-bpkad.csv");
        Files.write(withoutEmpty, skpd.stream().filter(l -> !l.startsWith("5.02.")).toList());
        assertEquals(0, k.run("tenant", "provision", "35.15", "--skpd", withoutEmpty.toString()).exit(), "an agency without data may go");
        Run allowed = k.run("tenant", "provision", "35.15", "--skpd", without.toString(), "--allow-removal");
        assertEquals(0, allowed.exit(), allowed::toString);
    }
}
