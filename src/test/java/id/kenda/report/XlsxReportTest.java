package id.kenda.report;

import id.kenda.testing.Workbooks;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static id.kenda.testing.Workbooks.text;
import static id.kenda.testing.Workbooks.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook renderer: typed cells, values never formulas, continuation sheets, print setup. Read back with fastexcel-reader. */
class XlsxReportTest {
    @TempDir
    Path tmp;

    private Path write(Report r, int maxRows) throws Exception {
        Path f = tmp.resolve("r-" + maxRows + ".xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            XlsxReport.write(r, out, maxRows);
        }
        return f;
    }

    private static Table findings() {
        Table t = new Table(Col.count("line"), Col.code("skpd"), Col.money("pagu"), Col.percent("realizedFinancialPct"), Col.band("band"),
                Col.flag("critical", "CRITICAL"), Col.text("message"));
        t.row(2, "1.02.0.00.0.00.01.0000", new BigDecimal("173046624"), new BigDecimal("93.14"), "very-low", true, "=HYPERLINK(\"http://x\")");
        t.row(3, "0012", new BigDecimal("52500.50"), new BigDecimal("-3.12"), "high", false, "+62 812");
        return t;
    }

    @Test
    void cellsAreTypedAndTextIsNeverAFormula() throws Exception {
        Report r = new Report(Labels.of(Labels.Lang.id), "Uji").fact("fact.pagu", new BigDecimal("1000"), ColumnType.MONEY)
                .section(new Report.TableSection("t", "T", "Temuan", findings(), true, false, false));
        Workbooks wb = Workbooks.read(write(r, XlsxReport.MAX_ROWS));
        assertEquals(List.of("Temuan"), wb.sheetNames());
        int h = wb.rowStarting("Temuan", "Baris");
        List<Cell> header = wb.rows("Temuan").get(h);
        assertEquals(List.of("Baris", "SKPD", "Pagu (Rp)", "Realisasi keuangan (%)", "Kategori", "Kritis", "Keterangan"),
                IntStream.range(0, 7).mapToObj(i -> text(header, i)).toList());
        List<Cell> row = wb.rows("Temuan").get(h + 1);
        assertEquals(CellType.NUMBER, type(row, 0));
        assertEquals(CellType.STRING, type(row, 1), "a code is text");
        assertEquals("1.02.0.00.0.00.01.0000", text(row, 1));
        assertEquals(CellType.NUMBER, type(row, 2), "money is a number");
        assertEquals(0, new BigDecimal("173046624").compareTo(row.get(2).asNumber()));
        assertEquals(CellType.NUMBER, type(row, 3), "a percent is a number");
        assertEquals("sangat rendah", text(row, 4));
        assertEquals("KRITIS", text(row, 5));
        assertEquals(CellType.STRING, type(row, 6), "formula-looking text stays text");
        assertEquals("=HYPERLINK(\"http://x\")", text(row, 6));
        List<Cell> second = wb.rows("Temuan").get(h + 2);
        assertEquals("0012", text(second, 1), "leading zeros survive");
        assertEquals(0, new BigDecimal("-3.12").compareTo(second.get(3).asNumber()));
        assertEquals("", text(second, 5));
        String sheetXml = wb.part("xl/worksheets/sheet1.xml");
        assertFalse(sheetXml.contains("<f>"), "no formulas at all");
        assertTrue(sheetXml.contains("orientation=\"landscape\""), "printed landscape");
        assertTrue(sheetXml.contains("fitToWidth=\"1\""), "one page wide");
        assertTrue(sheetXml.contains("<autoFilter"), "an autofilter on the header");
        assertTrue(sheetXml.contains("state=\"frozen\""), "the header row is frozen");
        assertTrue(wb.part("xl/workbook.xml").contains("_xlnm.Print_Titles"), "the header repeats on every printed page");
        String styles = wb.part("xl/styles.xml");
        assertTrue(styles.contains("#,##0"), "thousands format");
        assertTrue(styles.contains("0.00"), "two-decimal percent format");
        assertTrue(styles.contains("CF222E"), "the very-low band is filled red");
        assertTrue(styles.contains("4AC26B"), "the high band is filled green");
    }

    @Test
    void aTableLongerThanASheetContinuesOnTheNextWithItsHeader() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            rows.add(new Object[]{i, "msg " + i});
        }
        Table t = Table.streamed(List.of(Col.count("line"), Col.text("message")), rows);
        Report r = new Report(Labels.of(Labels.Lang.en), "Many").section(new Report.TableSection("f", "F", "Findings", t, true, false, false));
        Workbooks wb = Workbooks.read(write(r, 10));
        assertEquals(List.of("Findings", "Findings (2)", "Findings (3)"), wb.sheetNames(), "7 rows under the title block, then 9 and 9 under a header");
        List<String> lines = new ArrayList<>();
        for (String s : wb.sheetNames()) {
            int h = wb.rowStarting(s, "Line");
            for (List<Cell> row : wb.rows(s).subList(h + 1, wb.rows(s).size())) {
                lines.add(text(row, 0));
            }
        }
        assertEquals(IntStream.rangeClosed(1, 25).mapToObj(String::valueOf).toList(), lines, "every row once, in order, none lost");
    }

    @Test
    void anEmptyTableSaysSoAndASignatureIsPrintedUnderItsTable() throws Exception {
        Labels l = Labels.of(Labels.Lang.id);
        Report r = new Report(l, "Kosong")
                .section(new Report.TableSection("c", "Kritis", "Kritis", new Table(Col.code("code")), true, false, true))
                .signature(Report.Signature.of("Batu", java.time.LocalDate.of(2026, 6, 30), "Kepala Bappeda", "Dr. Ir. Nama Lengkap, M.T.",
                        "197001011995031001", l));
        List<String> texts = Workbooks.read(write(r, XlsxReport.MAX_ROWS)).texts("Kritis");
        assertTrue(texts.contains("Tidak ada."), texts::toString);
        int at = texts.indexOf("Batu, 30 Juni 2026");
        assertTrue(at > 0, texts::toString);
        assertEquals(List.of("Batu, 30 Juni 2026", "Kepala Bappeda", "Dr. Ir. Nama Lengkap, M.T.", "NIP. 19700101 199503 1 001"),
                texts.subList(at, at + 4));
    }
}
