package id.kenda.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.kenda.core.KendaException;
import id.kenda.io.AmountException;
import id.kenda.io.ReadOptions;
import id.kenda.io.Row;
import id.kenda.io.TableReader;
import id.kenda.pricelist.PriceListColumns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes, as a CSV or an XLSX file, through the reader pipeline: rows or the project's own input
 * error (KendaException, AmountException), never anything else. Crashing inputs become files beside
 * this class (regression fixtures). {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest} fuzzes.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void csvAndXlsxNeverCrash(FuzzedDataProvider data) throws IOException {
        boolean xlsx = data.consumeBoolean();
        Path f = Files.createTempFile("kenda-fuzz", xlsx ? ".xlsx" : ".csv");
        try {
            if (xlsx) {
                // a real container (valid zip, workbook parts in place) around fuzzed sheet XML and shared strings,
                // so the fuzzer reaches the sheet parser instead of stopping at "not a zip"
                String strings = data.consumeString(2000);
                Files.write(f, workbook(data.consumeRemainingAsString(), strings));
            } else {
                Files.write(f, data.consumeRemainingAsBytes());
            }
            try (TableReader r = TableReader.open(f, ReadOptions.AUTO, PriceListColumns.ALL)) {
                for (Row row : r) {
                    row.get("name");
                    try {
                        row.amount("price");
                    } catch (AmountException expected) {
                        // a cell that is not a number
                    }
                }
            } catch (KendaException expected) {
                if (expected.exitCode() == 70) {
                    throw expected;
                }
            }
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("an I/O exception escaped the reader", e);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** An XLSX zip whose first sheet's rows and shared strings are the given XML fragments. */
    static byte[] workbook(String sheetRows, String sharedStrings) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Standar Harga\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            entry(z, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + sharedStrings + "</sst>");
            entry(z, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>URAIAN BARANG</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>SATUAN</t></is></c>"
                    + "<c r=\"C1\" t=\"inlineStr\"><is><t>HARGA SATUAN</t></is></c></row>" + sheetRows + "</sheetData></worksheet>");
        }
        return out.toByteArray();
    }

    private static void entry(java.util.zip.ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new java.util.zip.ZipEntry(name));
        z.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
