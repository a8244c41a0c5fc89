package id.kenda.forms;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import id.kenda.testing.Workbooks;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static id.kenda.testing.Workbooks.text;
import static id.kenda.testing.Workbooks.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forms offices file, written by the real commands and read back: RFK, validation findings, the SIPD export. */
class FormsTest {
    static final Path DEMO = Path.of("src/main/resources/demo");
    static final Path REALISASI = Path.of("src/test/resources/fixtures/realization/valid.csv");
    static final String SIGNED = """
            code: "35.15"
            name: Pemerintah Kabupaten Sidoarjo
            signatories:
              control: { title: "Kepala Bappeda", name: "Dr. Ir. Nama Lengkap, M.T.", nip: "197001011995031001", place: "Sidoarjo" }
              budget: { title: "Ketua TAPD", name: "Drs. Nama Kedua, M.Si.", nip: "196805121993032004" }
            """;

    @TempDir
    Path tmp;

    private Kenda region(boolean signed) throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, signed ? SIGNED : "code: \"35.15\"\nname: Pemerintah Kabupaten Sidoarjo\n");
        Run p = k.run("tenant", "provision", "35.15", "--config", spec.toString());
        assertEquals(0, p.exit(), p::toString);
        Run r = k.run("-t", "35.15", "realization", "import", REALISASI.toString(), "--year", "2026");
        assertEquals(0, r.exit(), r::toString);
        return k;
    }

    @Test
    void rfkWorkbookHoldsTheSummaryMonthByMonthAndTheCriticalListWithTheJsonFigures() throws Exception {
        Kenda k = region(true);
        Path xlsx = tmp.resolve("rfk.xlsx");
        Run w = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--level", "sub-kegiatan", "--report", xlsx.toString());
        assertEquals(0, w.exit(), w::toString);
        JsonNode json = Json.parse(k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--level", "sub-kegiatan", "-o", "json").out());
        JsonNode critical = Json.parse(k.run("-t", "35.15", "control", "critical", "--period", "2026-06", "-o", "json").out());

        Workbooks wb = Workbooks.read(xlsx);
        assertEquals(List.of("RFK", "Bulanan", "Kritis"), wb.sheetNames());
        List<String> rfk = wb.texts("RFK");
        assertTrue(rfk.get(0).startsWith("Laporan Realisasi Fisik dan Keuangan (RFK) Pemerintah Kabupaten Sidoarjo (35.15) s.d. Juni 2026"), rfk::toString);
        int h = wb.rowStarting("RFK", "Kode");
        List<Cell> header = wb.rows("RFK").get(h);
        assertEquals(List.of("Kode", "Uraian", "Pagu (Rp)", "Target keuangan s.d. bulan ini (Rp)", "Target keuangan (%)", "Realisasi keuangan (Rp)",
                "Realisasi keuangan (%)", "Deviasi keuangan (%)", "Target fisik (%)", "Realisasi fisik (%)", "Deviasi fisik (%)", "Sisa anggaran (Rp)",
                "Proyeksi serapan (%)", "Kategori", "Kritis"), IntStream.range(0, 15).mapToObj(i -> text(header, i)).toList());
        int n = json.get("rows").size();
        for (int i = 0; i < n; i++) {
            List<Cell> row = wb.rows("RFK").get(h + 1 + i);
            JsonNode j = json.get("rows").get(i);
            assertEquals(j.get("code").asText(), text(row, 0));
            assertEquals(CellType.STRING, type(row, 0), "codes are text");
            assertEquals(CellType.NUMBER, type(row, 2), "pagu is a number");
            assertEquals(0, j.get("pagu").decimalValue().compareTo(row.get(2).asNumber()), "pagu to the rupiah");
            assertEquals(CellType.NUMBER, type(row, 6), "a percent is a number");
            assertEquals(0, j.get("realizedFinancialPct").decimalValue().compareTo(row.get(6).asNumber()));
        }
        List<Cell> total = wb.rows("RFK").get(h + 1 + n);
        assertEquals("JUMLAH", text(total, 0));
        JsonNode t = json.get("total");
        assertEquals(0, t.get("pagu").decimalValue().compareTo(total.get(2).asNumber()), "the total equals the JSON's to the rupiah");
        assertEquals(0, t.get("realizedCumulative").decimalValue().compareTo(total.get(5).asNumber()));
        assertEquals(0, t.get("remaining").decimalValue().compareTo(total.get(11).asNumber()));
        int sign = rfk.indexOf("Sidoarjo, 30 Juni 2026");
        assertTrue(sign > 0, "the signature block is dated the period's last day: " + rfk);
        assertEquals(List.of("Kepala Bappeda", "Dr. Ir. Nama Lengkap, M.T.", "NIP. 19700101 199503 1 001"), rfk.subList(sign + 1, sign + 4));
        String styles = wb.part("xl/styles.xml");
        assertTrue(styles.contains(fillOf(json)), "band cells are filled with the band's colour");

        int mh = wb.rowStarting("Bulanan", "Kode");
        assertEquals(List.of("Kode", "Uraian", "Bulan", "Target fisik (%)", "Realisasi fisik (%)", "Target keuangan (%)", "Realisasi keuangan (%)"),
                IntStream.range(0, 7).mapToObj(i -> text(wb.rows("Bulanan").get(mh), i)).toList());
        List<Cell> june = wb.rows("Bulanan").get(mh + 6);
        assertEquals("35.15", text(june, 0));
        assertEquals("Juni", text(june, 2));
        assertEquals(0, t.get("realizedFinancialPct").decimalValue().compareTo(june.get(6).asNumber()), "June's cumulative is the summary's");
        assertEquals(CellType.EMPTY, type(wb.rows("Bulanan").get(mh + 7), 4), "no realisation after the period");

        int kh = wb.rowStarting("Kritis", "Sub kegiatan");
        assertEquals(critical.get("count").asInt(), wb.rows("Kritis").size() - kh - 1, "the critical list as control critical prints it");
        assertTrue(critical.get("count").asInt() > 0, "the fixture has critical sub kegiatan in June");
        assertEquals(critical.get("items").get(0).get("code").asText(), text(wb.rows("Kritis").get(kh + 1), 0));
    }

    private static String fillOf(JsonNode json) {
        String band = json.get("total").get("band").asText();
        return switch (band) {
            case "very-high" -> "1A7F37";
            case "high" -> "4AC26B";
            case "medium" -> "EAC54F";
            case "low" -> "FB8F44";
            default -> "CF222E";
        };
    }

    @Test
    void englishOnRequestAndNoSignatureWithoutASignatory() throws Exception {
        Kenda k = region(false);
        Path xlsx = tmp.resolve("rfk-en.xlsx");
        assertEquals(0, k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--report", xlsx.toString(), "--lang", "en").exit());
        Workbooks wb = Workbooks.read(xlsx);
        assertEquals(List.of("RFK", "Monthly", "Critical"), wb.sheetNames());
        assertEquals("Code", text(wb.rows("RFK").get(wb.rowStarting("RFK", "Code")), 0));
        assertTrue(wb.texts("RFK").get(0).endsWith("to June 2026"), wb.texts("RFK")::toString);
        assertFalse(wb.texts("RFK").stream().anyMatch(s -> s.startsWith("NIP")), "no placeholder signature");

        Path html = tmp.resolve("rfk.html");
        assertEquals(0, k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--report", html.toString()).exit());
        Document d = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals("id", d.select("html").attr("lang"));
        assertTrue(d.select("table#summary th").eachText().contains("Realisasi fisik (%)"), d.select("table#summary th").eachText()::toString);
        assertTrue(d.select("table#summary td.num").eachText().stream().anyMatch(s -> s.matches("Rp \\d{1,3}(\\.\\d{3})*")),
                "rupiah with Indonesian separators");
        assertTrue(d.title().contains("Pemerintah Kabupaten Sidoarjo (35.15)") && d.title().contains("s.d. Juni 2026"), d.title());
        assertFalse(d.text().contains("realizedPhysicalPct"), "no JSON field names for people");
    }

    /** Every report people read, in both languages: a label missing from a catalogue fails the render (exit 70). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(id.kenda.report.Labels.Lang.class)
    void everyReportRendersInBothLanguages(id.kenda.report.Labels.Lang lang) throws Exception {
        Kenda k = region(true);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(), "--year", "2026").exit());
        for (String level : List.of("region", "skpd", "program", "kegiatan", "sub-kegiatan")) {
            for (String ext : List.of("html", "xlsx")) {
                Path f = tmp.resolve("control-" + level + "-" + lang + "." + ext);
                Run r = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--level", level, "--report", f.toString(), "--lang", lang.name());
                assertEquals(0, r.exit(), r::toString);
                assertTrue(Files.size(f) > 1000, f::toString);
            }
        }
        for (String ext : List.of("html", "xlsx")) {
            Path f = tmp.resolve("budget-" + lang + "." + ext);
            Run r = k.run("-t", "35.15", "budget", "validate", DEMO.resolve("budget-sidoarjo-2026.csv").toString(), "--report", f.toString(),
                    "--lang", lang.name(), "--max-findings", "3");
            assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
            assertTrue(Files.size(f) > 1000, f::toString);
        }
        String html = Files.readString(tmp.resolve("budget-" + lang + ".html"));
        assertTrue(html.contains(lang == id.kenda.report.Labels.Lang.id ? "Temuan ditampilkan" : "Findings shown"), "the truncation is said in the page's language");
        assertTrue(html.contains(lang == id.kenda.report.Labels.Lang.id ? ">kesalahan<" : ">error<"), "severities in the page's language");
    }

    @Test
    void validationWorkbookHasTheSummaryAndEveryFinding() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, SIGNED);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--config", spec.toString()).exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(),
                DEMO.resolve("export_excel_sbu_Sidoarjo_2026.csv").toString(), "--year", "2026").exit());
        Path xlsx = tmp.resolve("temuan.xlsx");
        String budget = DEMO.resolve("budget-sidoarjo-2026.csv").toString();
        Run r = k.run("-t", "35.15", "budget", "validate", budget, "--report", xlsx.toString(), "--max-findings", "0");
        assertEquals(ExitCode.FINDINGS, r.exit(), r::toString);
        JsonNode json = Json.parse(k.run("-t", "35.15", "budget", "validate", budget, "-o", "json", "--max-findings", "0").out());
        Workbooks wb = Workbooks.read(xlsx);
        assertEquals(List.of("Ringkasan", "Temuan"), wb.sheetNames());
        List<String> summary = wb.texts("Ringkasan");
        assertTrue(summary.get(0).contains("budget-sidoarjo-2026.csv"), "the file by its base name: " + summary.get(0));
        assertFalse(summary.get(0).contains("/"), "never a path");
        List<Cell> lines = wb.rows("Ringkasan").get(wb.rowStarting("Ringkasan", "Jumlah baris"));
        assertEquals(CellType.NUMBER, type(lines, 1));
        assertEquals(json.get("lines").asLong(), lines.get(1).asNumber().longValue());
        assertTrue(summary.contains("Per aturan") && summary.contains("Per SKPD"), summary::toString);
        assertTrue(summary.contains("Ketua TAPD") && summary.contains("NIP. 19680512 199303 2 004"), summary::toString);
        int h = wb.rowStarting("Temuan", "Baris");
        assertEquals(List.of("Baris", "SKPD", "Sub kegiatan", "Akun", "Kode barang", "Uraian barang", "Aturan", "Tingkat", "Keterangan", "Kolom",
                "Nilai", "Seharusnya"), IntStream.range(0, 12).mapToObj(i -> text(wb.rows("Temuan").get(h), i)).toList());
        List<List<Cell>> rows = wb.rows("Temuan").subList(h + 1, wb.rows("Temuan").size());
        assertEquals(json.get("findings").size(), rows.size(), "every finding");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode f = json.get("findings").get(i);
            assertEquals(f.get("line").asLong(), rows.get(i).get(0).asNumber().longValue());
            assertEquals(f.get("skpd").asText(""), text(rows.get(i), 1));
            assertEquals(f.get("account").asText(""), text(rows.get(i), 3), "the line's account as written");
            assertEquals(f.get("rule").asText(), text(rows.get(i), 6));
            assertFalse(text(rows.get(i), 8).isEmpty());
        }
        assertTrue(wb.texts("Temuan").contains("harga satuan Rp 42.500 melebihi batas SSH Rp 35.000"), "messages in Indonesian");
        assertTrue(wb.texts("Temuan").contains("barang dalam SSH yang berlaku"), "described expectations in Indonesian too");
        assertFalse(wb.texts("Temuan").contains("an item of the active SSH"), "no English left in the Indonesian sheet");
        Path en = tmp.resolve("findings-en.xlsx");
        assertEquals(ExitCode.FINDINGS, k.run("-t", "35.15", "budget", "validate", budget, "--report", en.toString(), "--max-findings", "0",
                "--lang", "en").exit());
        Workbooks wbEn = Workbooks.read(en);
        List<List<Cell>> enRows = wbEn.rows("Findings").subList(wbEn.rowStarting("Findings", "Line") + 1, wbEn.rows("Findings").size());
        for (int i = 0; i < enRows.size(); i++) {
            assertEquals(json.get("findings").get(i).get("message").asText(), text(enRows.get(i), 8), "in English, the JSON's message");
        }
    }

    @Test
    void sshExportWorkbookImportsIntoAnotherTenantAsTheSameItems() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        assertEquals(0, k.run("tenant", "provision", "35.79", "--name", "Pemerintah Kota Batu", "--from", "35.15").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(),
                DEMO.resolve("export_excel_sbu_Sidoarjo_2026.csv").toString(), "--year", "2026").exit());
        Path xlsx = tmp.resolve("ssh.xlsx");
        Run e = k.run("-t", "35.15", "ssh", "export", "--file", xlsx.toString());
        assertEquals(0, e.exit(), e::toString);
        Workbooks wb = Workbooks.read(xlsx);
        assertEquals(List.of("SBU", "SSH"), wb.sheetNames(), "one sheet per kind");
        List<Cell> header = wb.rows("SSH").get(0);
        assertEquals(List.of("KODE KELOMPOK BARANG", "URAIAN KELOMPOK BARANG", "ID STANDAR HARGA", "KODE BARANG", "URAIAN BARANG", "SPESIFIKASI",
                "SATUAN", "HARGA SATUAN", "KODE REKENING", "KELOMPOK"), IntStream.range(0, 10).mapToObj(i -> text(header, i)).toList());
        assertEquals(CellType.NUMBER, type(wb.rows("SSH").get(1), 7), "the price is a number");
        assertEquals(CellType.STRING, type(wb.rows("SSH").get(1), 3), "the item code is text");

        Run imp = k.run("-t", "35.79", "ssh", "import", xlsx.toString(), "--year", "2026");
        assertEquals(0, imp.exit(), imp::toString);
        Run a = k.run("-t", "35.15", "ssh", "export");
        Run b = k.run("-t", "35.79", "ssh", "export");
        assertEquals(0, a.exit());
        assertTrue(a.out().lines().count() > 10, a::toString);
        assertEquals(a.out(), b.out(), "the same items, field by field");
        Run again = k.run("-t", "35.79", "ssh", "import", xlsx.toString(), "--year", "2026", "-o", "json");
        assertEquals(0, again.exit(), again::toString);
        Run diff = k.run("-t", "35.79", "ssh", "diff", "-o", "json");
        assertEquals(0, diff.exit(), diff::toString);
    }

    @Test
    void badReportPathsAndSignatoriesAreRefusedWithTheirCodes() throws Exception {
        Kenda k = region(false);
        Run xls = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--report", tmp.resolve("r.xls").toString());
        assertEquals(ExitCode.USAGE, xls.exit(), xls::toString);
        assertTrue(xls.err().contains("workbooks are written as .xlsx only"), xls::toString);
        Run missing = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--report", tmp.resolve("no/such/r.xlsx").toString());
        assertEquals(ExitCode.CANT_CREATE, missing.exit(), missing::toString);
        Run proc = k.run("-t", "35.15", "control", "summary", "--period", "2026-06", "--report", "/proc/kenda-r.xlsx");
        assertEquals(ExitCode.CANT_CREATE, proc.exit(), proc::toString);
        assertFalse(proc.err().contains("\tat "), "no stack trace");
        Run html = k.run("-t", "35.15", "ssh", "export", "--file", tmp.resolve("x.html").toString());
        assertEquals(ExitCode.USAGE, html.exit(), html::toString);

        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, SIGNED.replace("197001011995031001", "197013011995031001"));
        Run v = k.run("tenant", "validate", bad.toString());
        assertEquals(ExitCode.CONFIG, v.exit(), v::toString);
        assertTrue(v.out().contains("signatories.control.nip") && v.out().contains("not a birth date"), v::toString);
        Run p = k.run("tenant", "provision", "35.15", "--config", bad.toString());
        assertEquals(ExitCode.CONFIG, p.exit(), p::toString);
        Files.writeString(bad, SIGNED.replace("196805121993032004", "19680512"));
        Run shortNip = k.run("tenant", "validate", bad.toString());
        assertEquals(ExitCode.CONFIG, shortNip.exit(), shortNip::toString);
        assertTrue(shortNip.out().contains("signatories.budget.nip") && shortNip.out().contains("18 digits"), shortNip::toString);
    }
}
