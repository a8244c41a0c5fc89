package id.kenda.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.BudgetLines;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budget stages through the real command line: order, the latest as pagu basis, diff, DPA-P files, structure. */
class StagesTest {
    static final String H = BudgetLines.HEADER;
    static final String SKPD_A = BudgetLines.SKPD_A;
    static final String SKPD_B = "1.03.0.00.0.00.01.0000";
    static final String SUB_A = BudgetLines.SUB_A;
    static final String SUB_B = BudgetLines.SUB_B;
    static final String SUB_C = "1.03.10.2.01.0012";
    static final String SUB_D = "1.03.10.2.01.0013";

    @TempDir
    Path tmp;

    static String line(String skpd, String sub, String account, String code, String name, String koef, long volume, long price) {
        return BudgetLines.line(skpd, sub, account, code, name, koef, volume, price);
    }

    private Path file(String name, String... lines) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, H + String.join("", lines));
        return f;
    }

    private static Kenda tenant(Backend b, Path home) {
        Kenda k = new Kenda(b, home);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo", "--fiscal-year", "2026").exit());
        return k;
    }

    private static Run importStage(Kenda k, Path f, String stage, String... more) {
        List<String> args = new ArrayList<>(List.of("-t", "35.15", "budget", "import", f.toString(), "--year", "2026", "--stage", stage, "--accept-findings"));
        args.addAll(List.of(more));
        return k.run(args.toArray(String[]::new));
    }

    /**
     * murni: A 1000 + 500 (two lines of 5.1.02.01.01.0024), B 2000 (5.1.02.01.01.0026), C 3000 (5.2.04.01.01.0001).
     * perubahan: A's first line koefisien 2 (2000), A's second line gone, B same, C gone, D 4000 new, a new line on A.
     * Before A 1500, after A 2000 + 700 = 2700; B 2000 = 2000; C 3000 to 0; D 0 to 4000.
     * Lines: added 2 (A's 700, D's), removed 2 (A's 500, C's), changed 1 (A's first), unchanged 1 (B).
     */
    private void twoStages(Kenda k) throws Exception {
        twoStagesMurniOnly(k);
        Path perubahan = file("perubahan.csv",
                line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "2 Paket", 2, 1000),
                line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "1.1.9", "Spidol", "1 Paket", 1, 700),
                line(SKPD_A, SUB_B, "5.1.02.01.001.00026", "1.1.2", "Kertas", "1 Paket", 1, 2000),
                line(SKPD_B, SUB_D, "5.2.04.01.01.0001", "", "Jembatan", "1 Paket", 1, 4000));
        assertEquals(0, importStage(k, perubahan, "perubahan").exit());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void diffGivesHandComputedFiguresPerSubKegiatanAndLine(Backend backend) throws Exception {
        Kenda k = tenant(backend, tmp.resolve("home"));
        twoStages(k);
        Run r = k.run("-t", "35.15", "budget", "diff", "-o", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode j = Json.parse(r.out());
        assertEquals("murni", j.get("from").asText());
        assertEquals("perubahan", j.get("to").asText());
        assertEquals(6500, j.get("total").get("before").asInt());
        assertEquals(8700, j.get("total").get("after").asInt());
        assertEquals(2200, j.get("total").get("change").asInt());
        List<String> subs = new ArrayList<>();
        for (JsonNode s : j.get("subKegiatan")) {
            subs.add(s.get("code").asText() + " " + s.get("before").asInt() + " " + s.get("after").asInt() + " " + s.get("change").asInt()
                    + " " + (s.get("pct").isNull() ? "-" : String.format(java.util.Locale.ROOT, "%.2f", s.get("pct").asDouble())));
        }
        assertEquals(List.of(SUB_A + " 1500 2700 1200 80.00", SUB_B + " 2000 2000 0 0.00", SUB_C + " 3000 0 -3000 -100.00", SUB_D + " 0 4000 4000 -"), subs);
        assertEquals(2, j.get("lines").get("added").asInt());
        assertEquals(2, j.get("lines").get("removed").asInt());
        assertEquals(1, j.get("lines").get("changed").asInt(), "the padded account of B's line is the same account");
        assertEquals(1, j.get("subKegiatanCounts").get("up").asInt());
        assertEquals(1, j.get("subKegiatanCounts").get("new").asInt());
        assertEquals(1, j.get("subKegiatanCounts").get("dropped").asInt());
        assertEquals(SUB_D, j.get("largestIncreases").get(0).get("code").asText());
        assertEquals(SUB_C, j.get("largestDecreases").get(0).get("code").asText());

        JsonNode lines = Json.parse(k.run("-t", "35.15", "budget", "diff", "--level", "line", "-o", "json").out());
        List<String> changes = new ArrayList<>();
        for (JsonNode c : lines.get("changes")) {
            changes.add(c.get("change").asText() + " " + c.get("name").asText());
        }
        assertEquals(List.of("changed Pensil", "added Spidol", "removed Map plastik", "removed Jalan lingkungan", "added Jembatan"), changes);
        JsonNode accounts = Json.parse(k.run("-t", "35.15", "budget", "diff", "--level", "account", "-o", "json").out()).get("accounts");
        assertEquals(4, accounts.size());
        assertEquals("5.1.2.1.1.24", accounts.get(0).get("account").asText());
    }

    @Test
    void reportsInEveryFormatHoldTheSameFigures() throws Exception {
        Kenda k = tenant(Backend.H2, tmp.resolve("home"));
        twoStages(k);
        Path xlsx = tmp.resolve("diff.xlsx");
        Path csv = tmp.resolve("diff.csv");
        assertEquals(0, k.run("-t", "35.15", "budget", "diff", "--report", xlsx.toString(), "-q").exit());
        assertEquals(0, k.run("-t", "35.15", "budget", "diff", "--level", "line", "--report", csv.toString(), "-q").exit());
        assertEquals(List.of("Ringkasan", "Sub kegiatan"), id.kenda.testing.Workbooks.read(xlsx).sheetNames());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(6, rows.size(), "header and five changed lines: " + rows);
        assertTrue(rows.get(0).startsWith("change,skpd,subKegiatan,account,item,name"), rows.get(0));
    }

    @Test
    void oneStageIsNothingToCompareAndAnUnknownStageIsAUsageError() throws Exception {
        Kenda k = tenant(Backend.H2, tmp.resolve("home"));
        Run none = k.run("-t", "35.15", "budget", "diff");
        assertEquals(0, none.exit(), none::toString);
        assertTrue(none.err().contains("no budget for 2026"), none::toString);
        assertEquals(0, importStage(k, file("m.csv", line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 1000)), "murni").exit());
        Run one = k.run("-t", "35.15", "budget", "diff");
        assertEquals(0, one.exit(), one::toString);
        assertTrue(one.err().contains("nothing to compare: only murni is stored"), one::toString);
        Run bad = k.run("-t", "35.15", "budget", "import", tmp.resolve("m.csv").toString(), "--year", "2026", "--stage", "pergeseran-10");
        assertEquals(ExitCode.USAGE, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("pergeseran-9"), "the valid stages are named: " + bad);
        Run missing = k.run("-t", "35.15", "budget", "diff", "--from", "pergeseran-1");
        assertEquals(ExitCode.USAGE, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("stored: murni"), missing::toString);
    }

    @Test
    void stagesGoInOrderAndTheLatestIsThePaguBasis() throws Exception {
        Kenda k = tenant(Backend.H2, tmp.resolve("home"));
        Path m = file("m.csv", line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 1000));
        Path g = file("g.csv", line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 1200));
        Path p = file("p.csv", line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 1500));
        assertEquals(0, importStage(k, m, "murni").exit());
        assertEquals(0, importStage(k, g, "pergeseran-1").exit());
        assertEquals(1200, paguOf(k), "the pergeseran is the latest stage");
        assertEquals(0, importStage(k, p, "perubahan").exit());
        Run late = importStage(k, g, "pergeseran-2");
        assertEquals(ExitCode.DATA, late.exit(), late::toString);
        assertTrue(late.err().contains("comes before the stored perubahan"), late::toString);
        assertEquals(0, importStage(k, g, "pergeseran-2", "--force-order").exit());
        assertEquals(1500, paguOf(k), "the perubahan stays the basis");
        JsonNode stages = Json.parse(k.run("-t", "35.15", "budget", "stages", "-o", "json").out()).get("stages");
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.get("stage").asText() + " " + s.get("total").asInt()));
        assertEquals(List.of("murni 1000", "pergeseran-1 1200", "pergeseran-2 1200", "perubahan 1500"), names);
        JsonNode diff = Json.parse(k.run("-t", "35.15", "budget", "diff", "-o", "json").out());
        assertEquals("pergeseran-2", diff.get("from").asText(), "the stage before the latest");
    }

    private int realisations;

    /** The control summary's pagu after a realisation import (which takes the pagu of the budget's latest stage). */
    private long paguOf(Kenda k) throws Exception {
        Path real = tmp.resolve("real.csv");
        Files.writeString(real, "kode_skpd,kode_sub_kegiatan,bulan,rak,realisasi\n" + SKPD_A + "," + SUB_A + ",1,100," + (50 + realisations++) + "\n");
        assertEquals(0, k.run("-t", "35.15", "realization", "import", real.toString(), "--year", "2026").exit());
        JsonNode s = Json.parse(k.run("-t", "35.15", "control", "summary", "--period", "2026-01", "-o", "json").out());
        return s.get("total").get("pagu").asLong();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDpaPFileIsCheckedAgainstTheStoredMurni(Backend backend) throws Exception {
        Kenda k = tenant(backend, tmp.resolve("home"));
        twoStagesMurniOnly(k);
        // the sebelum side disagrees in two places: A's account states 1400 (stored 1500), C states 2500 (stored 3000)
        Path dpap = tmp.resolve("dpa-p.csv");
        Files.writeString(dpap, "kode_skpd,kode_sub_kegiatan,kode_akun,kode_barang,uraian,sebelum_koefisien,sebelum_harga_satuan,sebelum_nilai,"
                + "setelah_koefisien,setelah_satuan,setelah_harga_satuan,setelah_pajak,setelah_nilai,bertambah_berkurang\n"
                + SKPD_A + "," + SUB_A + ",5.1.02.01.01.0024,1.1.1,Pensil,1 Paket,1000,900,2 Paket,Paket,1000,0,2000,1100\n"
                + SKPD_A + "," + SUB_A + ",5.1.02.01.01.0024,,Map plastik,1 Paket,500,500,,,,,0,-500\n"
                + SKPD_A + "," + SUB_B + ",5.1.02.01.01.0026,1.1.2,Kertas,1 Paket,2000,2000,1 Paket,Paket,2000,0,2000,0\n"
                + SKPD_B + "," + SUB_C + ",5.2.04.01.01.0001,,Jalan lingkungan,1 Paket,3000,2500,1 Paket,Paket,3000,0,3000,999\n");
        Run r = k.run("-t", "35.15", "budget", "import", dpap.toString(), "--year", "2026", "--stage", "perubahan", "-o", "json");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        List<String> found = new ArrayList<>();
        for (JsonNode f : Json.parse(r.out()).get("validation").get("findings")) {
            if (f.get("rule").asText().equals("stage-mismatch") || f.get("rule").asText().equals("total-mismatch")) {
                found.add(f.get("rule").asText() + " " + f.get("subKegiatan").asText() + " " + f.get("value").asText() + " " + f.get("expected").asText());
            }
        }
        assertEquals(List.of("total-mismatch " + SUB_C + " 999 500", "stage-mismatch " + SUB_A + " 1400 1500", "stage-mismatch " + SUB_C + " 2500 3000"),
                found, r::toString);
        assertTrue(r.err().contains("checked against the stored murni"), r::toString);

        Run accepted = k.run("-t", "35.15", "budget", "import", dpap.toString(), "--year", "2026", "--stage", "perubahan", "--accept-findings");
        assertEquals(0, accepted.exit(), accepted::toString);
        assertTrue(accepted.err().contains("1 DPA-P lines with an empty setelah side"), accepted::toString);
        JsonNode stages = Json.parse(k.run("-t", "35.15", "budget", "stages", "-o", "json").out()).get("stages");
        assertEquals(3, stages.get(1).get("lines").asInt(), "the setelah side, without the dropped line");
        assertEquals(7000, stages.get(1).get("total").asInt());
    }

    private void twoStagesMurniOnly(Kenda k) throws Exception {
        Path murni = file("murni.csv",
                line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 1000),
                line(SKPD_A, SUB_A, "5.1.02.01.01.0024", "", "Map plastik", "1 Paket", 1, 500),
                line(SKPD_A, SUB_B, "5.1.02.01.01.0026", "1.1.2", "Kertas", "1 Paket", 1, 2000),
                line(SKPD_B, SUB_C, "5.2.04.01.01.0001", "", "Jalan lingkungan", "1 Paket", 1, 3000));
        assertEquals(0, importStage(k, murni, "murni").exit());
    }
}
