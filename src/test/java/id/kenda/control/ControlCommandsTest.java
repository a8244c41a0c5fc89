package id.kenda.control;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** realization import, control summary and control critical through the command line. */
class ControlCommandsTest {
    static final Path FIX = Path.of("src/test/resources/fixtures/realization");
    static final Path DEMO = Path.of("src/main/resources/demo");

    @TempDir
    Path tmp;

    static Kenda withRealization(Backend b, Path home) {
        Kenda k = new Kenda(b, home);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        Run r = k.run("-t", "35.15", "realization", "import", FIX.resolve("valid.csv").toString(), "--year", "2026");
        assertEquals(0, r.exit(), r::toString);
        return k;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void summaryMatchesHandComputedFiguresOnBothDatabases(Backend backend) {
        Kenda k = withRealization(backend, tmp);
        Run again = k.run("-t", "35.15", "realization", "import", FIX.resolve("valid.csv").toString(), "--year", "2026", "-o", "json");
        assertEquals("unchanged", Json.parse(again.out()).get("status").asText(), again::toString);
        Run r = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "-o", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode j = Json.parse(r.out());
        for (String f : new String[] {"tenant", "fiscalYear", "period", "level", "rows", "total"}) {
            assertTrue(j.has(f), f);
        }
        JsonNode dinkes = j.get("rows").get(0);
        for (String f : new String[] {"code", "name", "pagu", "rakCumulative", "realizedCumulative", "targetFinancialPct", "realizedFinancialPct",
            "financialDeviationPct", "targetPhysicalPct", "realizedPhysicalPct", "physicalDeviationPct", "remaining", "projectedYearEndPct", "band", "critical"}) {
            assertTrue(dinkes.has(f), f);
        }
        assertEquals("1.02.0.00.0.00.01.0000", dinkes.get("code").asText());
        assertEquals(30.0, dinkes.get("realizedFinancialPct").asDouble());
        assertEquals(57.6, dinkes.get("targetPhysicalPct").asDouble());
        assertEquals(33.6, dinkes.get("realizedPhysicalPct").asDouble());
        assertTrue(dinkes.get("critical").asBoolean());
        assertEquals(35.0, j.get("total").get("realizedFinancialPct").asDouble());
        assertEquals("medium", j.get("total").get("band").asText());

        Run critical = k.run("-t", "35.15", "control", "critical", "--period", "2026-06", "-o", "json");
        JsonNode c = Json.parse(critical.out());
        assertEquals(1, c.get("count").asInt());
        assertEquals("1.02.02.2.02.0032", c.get("items").get(0).get("code").asText());
        assertEquals(30.0, c.get("items").get(0).get("behind").asDouble());

        Run sub = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--level", "sub-kegiatan", "--sort", "deviation", "-o", "json");
        assertEquals("1.02.02.2.02.0032", Json.parse(sub.out()).get("rows").get(0).get("code").asText(), "most behind first");
    }

    @Test
    void failOnRedForACronJobAndAnExplicitNoDataMessage() {
        Kenda k = withRealization(Backend.H2, tmp);
        assertEquals(ExitCode.FINDINGS, k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--fail-on", "red").exit());
        Run region = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--level", "region", "--fail-on", "red", "-o", "json");
        assertEquals(ExitCode.FINDINGS, region.exit(), "the region is medium but 15 points behind on physical progress: critical");
        assertTrue(Json.parse(region.out()).get("total").get("critical").asBoolean());
        assertEquals(0, k.run("-t", "35.15", "control", "summary", "--period", "2026-06").exit(), "without --fail-on, findings do not fail");
        Run none = k.run("-t", "35.15", "control", "summary", "--period", "2026-07");
        assertEquals(0, none.exit(), none::toString);
        assertEquals("no realisation data for 2026-07 (latest: 2026-06)", none.out().strip());
        Run other = k.run("-t", "35.15", "control", "summary", "--period", "2025-06", "-o", "json");
        assertEquals("no realisation data for 2025-06", Json.parse(other.out()).get("message").asText());
        assertEquals(ExitCode.USAGE, k.run("-t", "35.15", "control", "summary", "--period", "2026-13").exit());
        assertEquals(ExitCode.USAGE, k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--level", "desa").exit());
    }

    @Test
    void failOnRedAlertsOnACriticalSubKegiatanInsideAnAgencyThatIsFineOnAverage() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        StringBuilder sb = new StringBuilder("kode_skpd,kode_sub_kegiatan,bulan,pagu,rak,realisasi,rencana_fisik,realisasi_fisik\n");
        for (int m = 1; m <= 6; m++) {
            sb.append("1.02.0.00.0.00.01.0000,1.02.02.2.02.0032,").append(m).append(",1200,100,100,").append(10 * m).append(",").append(10 * m).append("\n");
            sb.append("1.02.0.00.0.00.01.0000,1.02.02.2.02.0033,").append(m).append(",12000,1000,1000,").append(10 * m).append(",").append(11 * m).append("\n");
            sb.append("1.02.0.00.0.00.01.0000,1.02.02.2.02.0034,").append(m).append(",1200,100,100,").append(10 * m).append(",").append(5 * m).append("\n");
        }
        Path f = tmp.resolve("mixed.csv");
        Files.writeString(f, sb.toString());
        assertEquals(0, k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026").exit());
        Run r = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "-o", "json", "--fail-on", "red");
        JsonNode row = Json.parse(r.out()).get("rows").get(0);
        assertEquals(false, row.get("critical").asBoolean(), "the agency is fine on average");
        assertEquals(1, row.get("criticalCount").asInt());
        assertEquals(ExitCode.FINDINGS, r.exit(), "but a critical sub kegiatan raises the alert");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "month-13.csv|bulan 13 is out of range",
        "bad-codes.csv|kode_sub_kegiatan '1.02.x' is not like 2.16.03.2.01.0004",
        "physical-backwards.csv|realisasi_fisik of sub kegiatan 1.02.02.2.02.0032 goes back from 5 % in month 1 to 3 % in month 2",
        "physical-above-100.csv|realisasi_fisik 105 is not between 0 and 100 %",
        "negative-money.csv|rak -100 is negative",
        "wrong-year.csv|bulan 2025-12 is not in fiscal year 2026",
        "duplicate-month.csv|already has month 1 on line 2",
        "no-pagu.csv|no pagu for sub kegiatan 1.02.02.2.02.0032",
    })
    void badRealisationFilesStoreNothing(String file, String message) {
        Kenda k = new Kenda(Backend.H2, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Run r = k.run("-t", "35.15", "realization", "import", FIX.resolve(file).toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertEquals("no realisation data for 2026-01", k.run("-t", "35.15", "control", "summary", "--period", "2026-01").out().strip());
    }

    @Test
    void overPaguIsReportedNotRefusedAndUnknownSubKegiatanIsRefusedWhenABudgetExists() {
        Kenda k = new Kenda(Backend.H2, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Run over = k.run("-t", "35.15", "realization", "import", FIX.resolve("over-pagu.csv").toString(), "--year", "2026");
        assertEquals(0, over.exit(), over::toString);
        assertTrue(over.err().contains("has realised 150, above its pagu 100"), over::toString);

        assertEquals(0, k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(),
                DEMO.resolve("export_excel_sbu_Sidoarjo_2026.csv").toString(), "--year", "2026").exit());
        assertEquals(0, k.run("-t", "35.15", "budget", "import", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv", "--year", "2026").exit());
        Run unknown = k.run("-t", "35.15", "realization", "import", FIX.resolve("valid.csv").toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("sub kegiatan 1.02.02.2.02.0032 is not in the imported budget of 2026"), unknown::toString);
    }

    @Test
    void aTenantsOwnBandsDecideTheBandAndReadBackAsWritten() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp);
        Path spec = tmp.resolve("bands.yaml");
        Files.writeString(spec, "code: \"35.15\"\nname: Pemerintah Kabupaten Sidoarjo\n"
                + "control: { bands: { q1: [4, 3, 2, 1], q2: [4, 3, 2, 1], q3: [4, 3, 2, 1.5], q4: [4, 3, 2, 1] } }\n");
        assertEquals(0, k.run("tenant", "provision", "35.15", "--config", spec.toString()).exit());
        assertEquals(0, k.run("-t", "35.15", "realization", "import", FIX.resolve("valid.csv").toString(), "--year", "2026").exit());
        JsonNode s = Json.parse(k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--level", "region", "-o", "json").out());
        assertTrue(s.get("total").get("realizedFinancialPct").decimalValue().compareTo(new java.math.BigDecimal(4)) >= 0, s::toString);
        assertEquals("very-high", s.get("total").get("band").asText(), "4 % realised is very high under these bounds");
        Run show = k.run("tenant", "show", "35.15");
        assertTrue(show.out().contains("{\"q1\":[4,3,2,1],\"q2\":[4,3,2,1],\"q3\":[4,3,2,1.5],\"q4\":[4,3,2,1]}"), show::toString);
        JsonNode json = Json.parse(k.run("tenant", "show", "35.15", "-o", "json").out());
        assertEquals(1.5, json.get("spec").get("control").get("bands").get("q3").get(3).asDouble());
    }

    @Test
    void htmlReportRendersItsChartsInAHeadlessBrowser() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Debian's chromium is not installed (.ci/run installs it)");
        Kenda k = withRealization(Backend.H2, tmp);
        Path html = tmp.resolve("control.html");
        assertEquals(0, k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--report", html.toString()).exit());
        String page = Files.readString(html);
        assertEquals(3, page.split("<svg", -1).length - 1, "the region and two SKPD S-curves");
        assertTrue(page.contains("class=\"series realized-financial\""));
        Path png = tmp.resolve("control.png");
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"),
                "--window-size=1280,1800", "--screenshot=" + png, html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.size(png) > 10_000, "a screenshot was taken");
        BufferedImage img = ImageIO.read(png.toFile());
        int blue = 0;
        int orange = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (b > 180 && r < 60 && g > 80 && g < 130) {
                    blue++;
                }
                if (r > 160 && g > 50 && g < 110 && b < 40) {
                    orange++;
                }
            }
        }
        assertTrue(blue > 100, "the money curves are drawn (" + blue + " blue pixels)");
        assertTrue(orange > 100, "the physical curves are drawn (" + orange + " orange pixels)");
    }
}
