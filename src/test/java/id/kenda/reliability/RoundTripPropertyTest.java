package id.kenda.reliability;

import id.kenda.io.Column;
import id.kenda.io.ReadOptions;
import id.kenda.io.Row;
import id.kenda.io.TableReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random tables with hostile characters (quotes, delimiters, line breaks, BOM and NBSP characters,
 * formula starts, non-Latin text), written as CSV with a random delimiter and optional BOM, read back
 * through the reader pipeline: every cell comes back identical. The seed is printed on failure.
 */
class RoundTripPropertyTest {
    static final List<Column> COLUMNS = List.of(Column.required("code", "KODE BARANG"), Column.required("name", "URAIAN BARANG"),
            Column.required("unit", "SATUAN"), Column.required("price", "HARGA SATUAN"));
    static final String ALPHABET = "abcXYZ019 ,;\t\"'\n\r=+-@|\u00a0\u00e9\u00b2\u201c\u201d\u2013\uFEFFÀ漢字ญ";

    @TempDir
    Path tmp;

    static LongStream seeds() {
        long base = Long.getLong("kenda.seed", System.nanoTime());
        return LongStream.range(0, 25).map(i -> base + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomTablesReadBackIdentical(long seed) throws Exception {
        Random r = new Random(seed);
        char delimiter = new char[] {',', ';', '\t'}[r.nextInt(3)];
        boolean bom = r.nextBoolean();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(40); i < n; i++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                row.add(cell(r));
            }
            if (row.stream().allMatch(String::isBlank)) {
                row.set(0, "x");
            }
            rows.add(row);
        }
        Path f = tmp.resolve("t" + seed + ".csv");
        try (OutputStream os = Files.newOutputStream(f); Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            if (bom) {
                w.write('\uFEFF');
            }
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator(r.nextBoolean() ? "\r\n" : "\n").get());
            p.printRecord("KODE BARANG", "URAIAN BARANG", "SATUAN", "HARGA SATUAN");
            for (List<String> row : rows) {
                p.printRecord(row);
            }
            p.flush();
        }
        List<List<String>> back = new ArrayList<>();
        try (TableReader in = TableReader.open(f, ReadOptions.AUTO, COLUMNS)) {
            for (Row row : in) {
                back.add(row.raw());
            }
        }
        assertEquals(rows, back, "seed " + seed + " (delimiter " + (int) delimiter + ", bom " + bom + "); rerun with -Dkenda.seed=" + seed);
    }

    private static String cell(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
