package id.kenda.rak;

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
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rak import, check and summary through the real command line, and the control targets taken from the RAK. */
class RakTest {
    static final String SKPD = BudgetLines.SKPD_A;
    static final String SUB_A = BudgetLines.SUB_A;
    static final String SUB_B = BudgetLines.SUB_B;

    @TempDir
    Path tmp;

    /** A budget: A 1200 on .24, A 2400 on .26, B 600 on .24. */
    private Kenda withBudget(Backend b) throws Exception {
        Kenda k = new Kenda(b, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo", "--fiscal-year", "2026").exit());
        Path budget = tmp.resolve("budget.csv");
        Files.writeString(budget, BudgetLines.HEADER
                + BudgetLines.line(SKPD, SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 1200)
                + BudgetLines.line(SKPD, SUB_A, "5.1.02.01.01.0026", "1.1.2", "Kertas", "1 Paket", 1, 2400)
                + BudgetLines.line(SKPD, SUB_B, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 600));
        assertEquals(0, k.run("-t", "35.15", "budget", "import", budget.toString(), "--year", "2026", "--accept-findings").exit());
        return k;
    }

    private Path rak(String name, String header, String... rows) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, header + "\n" + String.join("\n", rows) + "\n");
        return f;
    }

    static final String H = "kode_skpd,kode_sub_kegiatan,kode_akun,1,2,3,4,5,6,7,8,9,10,11,12,nilai,is_valid_skpd,is_valid_sekda,is_valid_bud";

    static String months(long each) {
        StringBuilder sb = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            sb.append(each).append(',');
        }
        return sb.toString();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyRuleFiresWhereItShouldAndNowhereElse(Backend backend) throws Exception {
        Kenda k = withBudget(backend);
        // A .24: 100 a month = 1200, validated (clean). A .26: 1200 of 2400 (mismatch) and the Sekda has not validated it.
        // B .24 has no RAK row (missing). A .29 has no budget (orphan) and falls wholly in December (late).
        Path f = rak("rak.csv", H,
                SKPD + "," + SUB_A + ",5.1.02.01.01.0024," + months(100) + "1200,1,1,1",
                SKPD + "," + SUB_A + ",5.1.02.01.001.00026," + months(100) + "1200,1,0,1",
                SKPD + "," + SUB_A + ",5.1.02.01.01.0029,0,0,0,0,0,0,0,0,0,0,0,500,500,1,1,1");
        Run imp = k.run("-t", "35.15", "rak", "import", f.toString(), "--year", "2026");
        assertEquals(0, imp.exit(), imp::toString);
        assertTrue(imp.err().contains("3 errors, 2 warnings"), imp::toString);
        Run r = k.run("-t", "35.15", "rak", "check", "-o", "json");
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        JsonNode j = Json.parse(r.out());
        assertEquals(Map.of("rak-late", 1, "rak-mismatch", 1, "rak-missing", 1, "rak-orphan", 1, "rak-unvalidated", 1), counts(j.get("byRule")));
        List<String> found = new ArrayList<>();
        j.get("findings").forEach(x -> found.add(x.get("line").asInt() + " " + x.get("rule").asText() + " " + x.get("subKegiatan").asText()));
        assertEquals(List.of("3 rak-mismatch " + SUB_A, "4 rak-orphan " + SUB_A, "0 rak-missing " + SUB_B, "3 rak-unvalidated " + SUB_A,
                "4 rak-late " + SUB_A), found);
        assertEquals(4200, j.get("total").get("budget").asInt());
        assertEquals(2900, j.get("total").get("rak").asInt());
        assertEquals(-1300, j.get("total").get("selisih").asInt());
        assertEquals("murni", j.get("stage").asText());
        assertEquals(3, j.get("rows").asInt());
        assertTrue(j.get("findings").get(3).get("message").asText().contains("Sekda"), j::toString);
        assertEquals(0, k.run("-t", "35.15", "rak", "check", "--fail-on", "never").exit());
    }

    private static Map<String, Integer> counts(JsonNode byRule) {
        Map<String, Integer> out = new TreeMap<>();
        byRule.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    @Test
    void theReadmeTableListsEveryRakRuleWithItsSeverity() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Anggaran kas (RAK)");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\| `(rak-[a-z-]+)` \\| (error|warning) \\|", java.util.regex.Pattern.MULTILINE)
                .matcher(section);
        Map<String, String> documented = new TreeMap<>();
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> code = new TreeMap<>();
        for (RakCheck.Rule r : RakCheck.Rule.values()) {
            code.put(r.id, r.severity);
        }
        assertEquals(code, documented);
    }

    @Test
    void monthsInEveryNamingAndAmbiguousOnesRefused() throws Exception {
        Kenda k = withBudget(Backend.H2);
        String row = SKPD + "," + SUB_A + ",5.1.02.01.01.0024," + months(100).replaceAll(",$", "");
        for (String header : new String[] {"kode_skpd,kode_sub_giat,kode_rekening,1,2,3,4,5,6,7,8,9,10,11,12",
            "kode_sub_skpd,kode_sub_kegiatan,kode_akun,bulan_1,bulan_2,bulan_3,bulan_4,bulan_5,bulan_6,bulan_7,bulan_8,bulan_9,bulan_10,bulan_11,bulan_12",
            "kode_skpd,kode_sub_kegiatan,kode_akun,Januari,Februari,Maret,April,Mei,Juni,Juli,Agustus,September,Oktober,November,Desember",
            "kode_skpd,kode_sub_kegiatan,kode_akun,JAN,FEB,MAR,APR,MEI,JUN,JUL,AGT,SEP,OKT,NOV,DES"}) {
            Path f = rak("n.csv", header, row);
            Run r = k.run("-t", "35.15", "rak", "import", f.toString(), "--year", "2026", "--dry-run", "-o", "json");
            assertEquals(0, r.exit(), header + ": " + r);
            assertEquals(1, Json.parse(r.out()).get("rows").asInt());
        }
        Path both = rak("both.csv", "kode_skpd,kode_sub_kegiatan,kode_akun,1,2,3,4,5,6,7,8,9,10,11,12,januari", row + ",100");
        Run r = k.run("-t", "35.15", "rak", "import", both.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("'januari' (column 16) means the same as '1' (column 4)"), r::toString);
    }

    @Test
    void badRowsAreRefusedWithLineAndColumn() throws Exception {
        Kenda k = withBudget(Backend.H2);
        Path f = rak("bad.csv", H,
                SKPD + "," + SUB_A + ",5.1.02.01.01.0024,100,-5,100,100,100,100,100,100,100,100,100,100,1095,1,1,1",
                SKPD + "," + SUB_A + ",5.1.02.01.01.0026," + months(100) + "1300,1,1,1",
                SKPD + "," + SUB_B + ",5.1.02.01.01.0024," + months(50) + "600,1,1,1",
                SKPD + "," + SUB_B + ",5.1.02.01.001.00024," + months(50) + "600,1,1,1");
        Run r = k.run("-t", "35.15", "rak", "import", f.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("bad.csv:2:5: month 2 -5 is negative"), r::toString);
        assertTrue(r.err().contains("bad.csv:3:16: the total 1300 is not the sum of the months 1200"), r::toString);
        assertTrue(r.err().contains("bad.csv:5:3: SKPD " + SKPD + ", sub kegiatan " + SUB_B + ", account 5.1.02.01.001.00024 already has a row at line 4"),
                r::toString);
        assertTrue(r.err().contains("3 invalid rows; nothing was imported"), r::toString);
        Run check = k.run("-t", "35.15", "rak", "check");
        assertEquals(ExitCode.CONFIG, check.exit(), "nothing was stored: " + check);
    }

    @Test
    void aYearWithoutABudgetIsAConfigurationError() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo", "--fiscal-year", "2026").exit());
        Path f = rak("rak.csv", H, SKPD + "," + SUB_A + ",5.1.02.01.01.0024," + months(100) + "1200,1,1,1");
        Run imp = k.run("-t", "35.15", "rak", "import", f.toString(), "--year", "2026");
        assertEquals(0, imp.exit(), imp::toString);
        assertTrue(imp.err().contains("no murni budget is stored for 2026"), imp::toString);
        Run r = k.run("-t", "35.15", "rak", "check");
        assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
        assertTrue(r.err().contains("import the budget first"), r::toString);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void controlPlansFromTheRakOnceOneIsImported(Backend backend) throws Exception {
        Kenda k = withBudget(backend);
        Path real = tmp.resolve("real.csv");
        Files.writeString(real, "kode_skpd,kode_sub_kegiatan,bulan,rak,realisasi\n"
                + SKPD + "," + SUB_A + ",1,300,200\n" + SKPD + "," + SUB_A + ",2,300,200\n"
                + SKPD + "," + SUB_B + ",1,50,50\n" + SKPD + "," + SUB_B + ",2,50,50\n");
        assertEquals(0, k.run("-t", "35.15", "realization", "import", real.toString(), "--year", "2026").exit());
        JsonNode before = Json.parse(k.run("-t", "35.15", "control", "summary", "--period", "2026-02", "--level", "sub-kegiatan", "-o", "json").out());
        assertEquals("realization-file", before.get("rakSource").asText());
        assertEquals(600, before.get("rows").get(0).get("rakCumulative").asInt(), "A: 300 + 300 from the file");

        // the RAK plans A at 100 + 200 (.24) and 150 + 150 (.26) for January and February, B at 50 + 50
        Path f = rak("rak.csv", H,
                SKPD + "," + SUB_A + ",5.1.02.01.01.0024,100,200,100,100,100,100,100,100,100,100,100,0,1200,1,1,1",
                SKPD + "," + SUB_A + ",5.1.02.01.01.0026,150,150,210,210,210,210,210,210,210,210,210,210,2400,1,1,1",
                SKPD + "," + SUB_B + ",5.1.02.01.01.0024," + months(50) + "600,1,1,1");
        assertEquals(0, k.run("-t", "35.15", "rak", "import", f.toString(), "--year", "2026").exit());
        Run after = k.run("-t", "35.15", "control", "summary", "--period", "2026-02", "--level", "sub-kegiatan", "-o", "json");
        JsonNode a = Json.parse(after.out());
        assertEquals("rak-import", a.get("rakSource").asText());
        assertEquals(600, a.get("rows").get(0).get("rakCumulative").asInt(), "A: 250 + 350 from the RAK");
        assertEquals(100, a.get("rows").get(1).get("rakCumulative").asInt());
        assertTrue(after.err().contains("1 sub kegiatan state a rak in the realisation file other than the RAK import's"), after::toString);

        // with a RAK stored, the realisation file may leave its rak column out
        Path noRak = tmp.resolve("real2.csv");
        Files.writeString(noRak, "kode_skpd,kode_sub_kegiatan,bulan,realisasi\n" + SKPD + "," + SUB_A + ",1,200\n" + SKPD + "," + SUB_B + ",1,50\n");
        assertEquals(0, k.run("-t", "35.15", "realization", "import", noRak.toString(), "--year", "2026", "--allow-shrink").exit());
        JsonNode jan = Json.parse(k.run("-t", "35.15", "control", "summary", "--period", "2026-01", "--level", "sub-kegiatan", "-o", "json").out());
        assertEquals(250, jan.get("rows").get(0).get("rakCumulative").asInt());
    }

    @Test
    void withoutARakTheRealisationFileNeedsItsRakColumn() throws Exception {
        Kenda k = withBudget(Backend.H2);
        Path noRak = tmp.resolve("real.csv");
        Files.writeString(noRak, "kode_skpd,kode_sub_kegiatan,bulan,realisasi\n" + SKPD + "," + SUB_A + ",1,200\n");
        Run r = k.run("-t", "35.15", "realization", "import", noRak.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("no rak column and no RAK is imported for 2026"), r::toString);
    }

    @Test
    void theFormRakHasSemestersQuartersAndMonths() throws Exception {
        Kenda k = withBudget(Backend.H2);
        Path f = rak("rak.csv", H,
                SKPD + "," + SUB_A + ",5.1.02.01.01.0024," + months(100) + "1200,1,1,1",
                SKPD + "," + SUB_A + ",5.1.02.01.01.0026," + months(200) + "2400,1,1,1",
                SKPD + "," + SUB_B + ",5.1.02.01.01.0024," + months(50) + "600,1,1,1");
        assertEquals(0, k.run("-t", "35.15", "rak", "import", f.toString(), "--year", "2026").exit());
        JsonNode j = Json.parse(k.run("-t", "35.15", "rak", "summary", "--level", "sub-kegiatan", "-o", "json").out());
        JsonNode a = j.get("rows").get(0);
        assertEquals(SUB_A, a.get("code").asText());
        assertEquals(3600, a.get("pagu").asInt());
        assertEquals(3600, a.get("totalRak").asInt());
        assertEquals(1800, a.get("semesters").get(0).asInt());
        assertEquals(900, a.get("quarters").get(3).asInt());
        assertEquals(300, a.get("months").get(11).asInt());
        assertEquals(4200, j.get("total").get("totalRak").asInt());
        Path xlsx = tmp.resolve("rak.xlsx");
        assertEquals(0, k.run("-t", "35.15", "rak", "summary", "--report", xlsx.toString(), "-q").exit());
        assertEquals(List.of("RAK"), id.kenda.testing.Workbooks.read(xlsx).sheetNames());
    }
}
