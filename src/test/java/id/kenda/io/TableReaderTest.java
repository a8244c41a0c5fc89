package id.kenda.io;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared reader pipeline on one fixture file per case. */
class TableReaderTest {
    static final List<Column> COLUMNS = List.of(
            Column.optional("code", "KODE BARANG"),
            Column.required("name", "URAIAN BARANG", "NAMA BARANG", "URAIAN"),
            Column.required("unit", "SATUAN"),
            Column.required("price", "HARGA SATUAN", "HARGA").amounts());

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures/reader", name);
    }

    static List<Row> read(Path file) {
        try (TableReader r = TableReader.open(file, ReadOptions.AUTO, COLUMNS)) {
            List<Row> rows = new ArrayList<>();
            r.forEach(rows::add);
            return rows;
        }
    }

    @Test
    void plainUtf8WithBlankLineAndQuotedNewlineKeepsPhysicalLines() throws Exception {
        List<Row> rows = read(fixture("plain-utf8.csv"));
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line(), "a blank line 3 is skipped but counted");
        assertEquals("Kertas HVS A4\n70 gram", rows.get(1).get("name"));
        assertEquals(new BigDecimal("52500.00"), rows.get(1).amount("price"));
        assertEquals(6, rows.get(2).line(), "the quoted newline makes record 2 span lines 4-5");
        assertEquals(new BigDecimal("6200"), rows.get(2).amount("price"));
    }

    @Test
    void bomSemicolonAndIndonesianNumbers() throws Exception {
        try (TableReader r = TableReader.open(fixture("bom-semicolon-id-numbers.csv"), ReadOptions.AUTO, COLUMNS)) {
            List<Row> rows = new ArrayList<>();
            r.forEach(rows::add);
            assertTrue(r.describe().contains("UTF-8 (byte order mark)"), r.describe());
            assertTrue(r.describe().contains("';'"), r.describe());
            assertEquals(new BigDecimal("1250000.00"), rows.get(0).amount("price"));
            assertEquals(new BigDecimal("12345.50"), rows.get(1).amount("price"));
            assertEquals("Spidol \"Snowman\"", rows.get(1).get("name"));
        }
    }

    @Test
    void windows1252IsDetectedAndDecoded() throws Exception {
        try (TableReader r = TableReader.open(fixture("windows-1252.csv"), ReadOptions.AUTO, COLUMNS)) {
            Row row = r.iterator().next();
            assertTrue(r.describe().startsWith("windows-1252"), r.describe());
            assertEquals("Kabel 1,5\u00b2 \u2013 merk \u201cEterna\u201d", row.get("name"));
            assertEquals(new BigDecimal("12345"), row.amount("price"));
        }
    }

    @Test
    void forcedUtf8OnWindows1252IsAnErrorWithLine() {
        KendaException e = assertThrows(KendaException.class, () -> {
            try (TableReader r = TableReader.open(fixture("windows-1252.csv"), new ReadOptions("utf-8", "auto", NumberFormat.auto, null), COLUMNS)) {
                r.forEach(x -> { });
            }
        });
        assertEquals(ExitCode.DATA, e.exitCode());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void utf16WithBomAndTabs() throws Exception {
        List<Row> rows = read(fixture("utf16-bom.csv"));
        assertEquals("Ballpoint AE7", rows.get(0).get("name"));
        assertEquals(new BigDecimal("3100"), rows.get(0).amount("price"));
    }

    @Test
    void englishColumnDecidesAmbiguousValues() throws Exception {
        List<Row> rows = read(fixture("english-numbers.csv"));
        assertEquals(new BigDecimal("1250000.00"), rows.get(0).amount("price"));
        assertEquals(new BigDecimal("1250000.0"), rows.get(1).amount("price"));
        assertEquals(new BigDecimal("12345"), rows.get(2).amount("price"), "1,250,000.00 in the column makes 12,345 English");
    }

    @Test
    void raggedRowsAreVisibleToTheConsumer() {
        List<Row> rows = read(fixture("ragged.csv"));
        assertEquals(false, rows.get(0).ragged());
        assertTrue(rows.get(1).ragged());
        assertTrue(rows.get(2).ragged());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void badNumbersAreErrorsPerCell() {
        List<Row> rows = read(fixture("bad-numbers.csv"));
        for (Row r : rows) {
            assertThrows(AmountException.class, () -> r.amount("price"), "line " + r.line());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "empty.csv|65|the file is empty",
        "header-only.csv|0|",
        "blank-only.csv|65|no header row",
        "missing-columns.csv|65|missing required columns URAIAN BARANG, SATUAN, HARGA SATUAN; found: KODE BARANG, NAMA, UNIT",
        "duplicate-headers.csv|65|column 'NAMA BARANG' (column 3) means the same as 'URAIAN BARANG' (column 2)",
        "unterminated-quote.csv|65|:2: ",
        "nul-bytes.csv|65|NUL byte",
        "html-as-xls.xls|65|HTML page",
        "ole2.xls|65|old binary Excel",
        "quote-not-doubled.csv|65|:2: ",
        "no-such-file.csv|66|no such file",
    })
    void badInputIsAOneLineErrorWithTheDocumentedCode(String file, int code, String message) {
        if (code == 0) {
            assertEquals(0, read(fixture(file)).size());
            return;
        }
        KendaException e = assertThrows(KendaException.class, () -> read(fixture(file)));
        assertEquals(code, e.exitCode(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }

    @Test
    void xlsxTitleRowsNumberCellsAndSheetRowNumbers() throws Exception {
        Path f = tmp.resolve("export_excel_ssh_Kota_Batu.xlsx");
        try (OutputStream os = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(os, "kenda-test", "1.0");
            Worksheet ws = wb.newWorksheet("SSH");
            ws.value(0, 0, "DAFTAR STANDAR SATUAN HARGA TAHUN 2026");
            ws.value(2, 0, "KODE BARANG");
            ws.value(2, 1, "URAIAN BARANG");
            ws.value(2, 2, "SATUAN");
            ws.value(2, 3, "HARGA SATUAN");
            ws.value(3, 0, "1.1.7.01.01.01.001.00852");
            ws.value(3, 1, "Ballpoint AE7");
            ws.value(3, 2, "Buah");
            ws.value(3, 3, 3100);
            ws.value(4, 0, "1.1.7.01.01.01.001.00853");
            ws.value(4, 1, "Harga desimal");
            ws.value(4, 2, "Buah");
            ws.value(4, 3, new BigDecimal("12.345"));
            ws.value(5, 1, "Harga teks");
            ws.value(5, 2, "Rim");
            ws.value(5, 3, "52.500,00");
            wb.finish();
        }
        List<Row> rows = read(f);
        assertEquals(3, rows.size());
        assertEquals(4, rows.get(0).line(), "sheet row 4 (1-based), below the title rows");
        assertEquals(0, new BigDecimal("3100").compareTo(rows.get(0).amount("price")));
        assertEquals(0, new BigDecimal("12.345").compareTo(rows.get(1).amount("price")), "a number cell is exact, never regrouped");
        assertEquals(new BigDecimal("52500.00"), rows.get(2).amount("price"));
        assertNull(rows.get(2).get("code"));
    }

    @Test
    void xlsxRowsWithBlankTrailingCellsAreNotRaggedAndFormulaNumbersStayExact() throws Exception {
        Path f = tmp.resolve("blank-trailing.xlsx");
        try (OutputStream os = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(os, "kenda-test", "1.0");
            Worksheet ws = wb.newWorksheet("SSH");
            String[] h = {"KODE BARANG", "URAIAN BARANG", "SATUAN", "HARGA SATUAN", "KODE REKENING"};
            for (int i = 0; i < h.length; i++) {
                ws.value(0, i, h[i]);
            }
            ws.value(1, 0, "1.1.1");
            ws.value(1, 1, "Pensil");
            ws.value(1, 2, "Buah");
            ws.value(1, 3, 2500);
            ws.value(2, 0, "1.1.2");
            ws.value(2, 1, "Penggaris");
            ws.value(2, 2, "Buah");
            ws.formula(2, 3, "12.345*1");
            wb.finish();
        }
        List<Row> rows = read(f);
        assertEquals(false, rows.get(0).ragged(), "an empty last column is not a ragged row");
        assertNull(rows.get(0).get("accounts"));
        assertEquals(2, rows.size());
    }

    @Test
    void truncatedXlsxIsADataError() throws Exception {
        Path good = tmp.resolve("good.xlsx");
        try (OutputStream os = Files.newOutputStream(good)) {
            Workbook wb = new Workbook(os, "kenda-test", "1.0");
            Worksheet ws = wb.newWorksheet("S");
            for (int i = 0; i < 500; i++) {
                ws.value(i, 0, "row " + i);
            }
            wb.finish();
        }
        byte[] all = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        KendaException e = assertThrows(KendaException.class, () -> read(cut));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertTrue(e.getMessage().contains("damaged or truncated"), e.getMessage());
    }
}
