package id.kenda.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CsvRecords} against Commons CSV itself reading the whole text (the way the reader did before
 * the fast path): the same cells, the same physical line for each record, and the same error at the
 * same line, on texts made of the characters that matter (delimiters, quotes, CR, LF, white space), read
 * through buffers that cut records anywhere.
 */
class CsvRecordsTest {
    /** What matters to the splitter, with white space the library skips after a closing quote (U+000B, U+2003) and one it does not (U+00A0). */
    private static final String ALPHABET = "ab,,;\"\"\n\r \t|x\u000b\u2003\u00a0";

    @Test
    void randomTextsReadAsCommonsCsvReadsThem() throws IOException {
        long seed = Long.getLong("kenda.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 400 : 40);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            char delimiter = ",;\t|".charAt(random.nextInt(4));
            int chunk = 1 + random.nextInt(7);
            assertEquals(reference(text, delimiter), fast(text, delimiter, chunk, 1000),
                    "seed " + seed + ", delimiter '" + delimiter + "', chunk " + chunk + ", text " + escape(text));
        }
    }

    @Test
    void realRowsSplitOnTheDelimiterKeepEveryCell() throws IOException {
        String text = "KODE,URAIAN,HARGA\r\n1.1,\"Pensil 2B, kayu\",2500\r\n\r\n1.2,Kertas \"HVS\" A4,,\n1.3,\"baris\ndua\",\"\"\"x\"\"\"\n1.4";
        assertEquals(reference(text, ','), fast(text, ',', 3, 1000));
        assertEquals("[1:[KODE, URAIAN, HARGA], 2:[1.1, Pensil 2B, kayu, 2500], 3:[], 4:[1.2, Kertas \"HVS\" A4, , ], 5:[1.3, baris\ndua, \"x\"], 7:[1.4]]",
                fast(text, ',', 1 << 16, 1000).toString());
    }

    @Test
    void aRecordPastTheBoundIsRefusedWhereItStarts() throws IOException {
        String text = "a,b\n\"" + "x".repeat(5000) + "\n";
        assertEquals(List.of("1:[a, b]", "error TooLong at 2"), fast(text, ',', 64, 1000));
    }

    /** The cells of each record with its line, then the error (its kind and line) if one stops the reading. */
    private static List<String> fast(String text, char delimiter, int chunk, int max) throws IOException {
        CsvRecords records = new CsvRecords(new Chunked(text, chunk), delimiter, max);
        List<String> out = new ArrayList<>();
        try {
            List<String> cells;
            while ((cells = records.next()) != null) {
                out.add(records.recordLine() + ":" + cells);
            }
        } catch (CsvRecords.TooLong e) {
            out.add("error TooLong at " + (records.linesConsumed() + 1));
        } catch (CsvRecords.Malformed e) {
            out.add("error " + kind(e.getMessage()) + " at " + (kind(e.getMessage()).equals("eof") ? records.linesConsumed() + 1 : e.line));
        }
        return out;
    }

    /** Commons CSV over the whole text, lines counted as the reader counted them before. */
    private static List<String> reference(String text, char delimiter) throws IOException {
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(false).get().parse(new StringReader(text));
        Iterator<CSVRecord> it = parser.iterator();
        List<String> out = new ArrayList<>();
        long linesBefore = 0;
        try {
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                List<String> cells = new ArrayList<>();
                rec.forEach(cells::add);
                out.add((linesBefore + 1) + ":" + cells);
                linesBefore = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException e) {
            String kind = kind(e.getCause().getMessage());
            // a quoting error stops on the offending character, never a line end, where the library's count is that line's number
            out.add("error " + kind + " at " + (kind.equals("eof") ? linesBefore + 1 : parser.getCurrentLineNumber()));
        }
        return out;
    }

    private static String kind(String message) {
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "eof";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return "undoubled";
        }
        return "other: " + message;
    }

    private static String escape(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /** Gives the text back at most {@code chunk} characters a read, so records cross every buffer edge. */
    private static final class Chunked extends Reader {
        private final String text;
        private final int chunk;
        private int at;

        Chunked(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), text.length() - at);
            text.getChars(at, at + n, cbuf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
