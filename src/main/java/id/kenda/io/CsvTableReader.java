package id.kenda.io;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Delimited text: encoding and delimiter detected (or forced), decoded strictly (never a silent
 * U+FFFD), split into records as Commons CSV's RFC 4180 format does ({@link CsvRecords}), with
 * physical line numbers, each record bounded in size so an unterminated quote is an error and not
 * an OutOfMemoryError.
 */
final class CsvTableReader extends TableReader {
    /** The longest record accepted: far above any real row (names are up to 600 characters). */
    static final int MAX_RECORD_CHARS = 1_000_000;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private final Encodings.Detected encoding;
    private final char delimiter;
    private final CsvRecords records;
    private long[] consumed = {0};
    private long size;
    private Path file;

    @Override
    public double fractionRead() {
        return size <= 0 ? -1 : Math.min(1.0, (double) consumed[0] / size);
    }

    private CsvTableReader(String name, Encodings.Detected encoding, char delimiter, CsvRecords records) {
        super(name);
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.records = records;
    }

    static TableReader openCsv(Path file, ReadOptions options, List<Column> columns) {
        String name = file.toString();
        try {
            Encodings.Detected enc = Encodings.detect(file, options.encoding());
            char delimiter = chooseDelimiter(file, enc, options.delimiter(), columns);
            long[] consumed = new long[1];
            CsvRecords records = new CsvRecords(decoder(file, enc, consumed, false), delimiter, MAX_RECORD_CHARS);
            CsvTableReader r = new CsvTableReader(name, enc, delimiter, records);
            r.consumed = consumed;
            r.size = Files.size(file);
            r.file = file;
            List<String> header = r.nextRecord();
            while (header != null && header.stream().allMatch(c -> c == null || c.isBlank())) {
                header = r.nextRecord();
            }
            if (header == null) {
                throw new KendaException(ExitCode.DATA, name + ": the file has no header row (it is empty or blank)",
                        "export the data again with its header row");
            }
            r.bind(header, r.line(), columns, options.numberFormat());
            return r;
        } catch (IOException e) {
            throw new KendaException(ExitCode.DATA, name + ": " + e.getMessage(), null, e);
        }
    }

    /** The file's text, decoded strictly; {@code buffered} for readers that take one character at a time. */
    private static Reader decoder(Path file, Encodings.Detected enc, long[] consumed, boolean buffered) throws IOException {
        InputStream in = new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    consumed[0] += n;
                }
                return n;
            }
        };
        in.skipNBytes(enc.bomLength());
        Reader text = new InputStreamReader(in, enc.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return buffered ? new BufferedReader(text, 1 << 16) : text;
    }

    /** The delimiter that makes the header name the most wanted columns ({@code auto}), or the one forced. */
    private static char chooseDelimiter(Path file, Encodings.Detected enc, String forced, List<Column> columns) throws IOException {
        if (forced != null && !forced.equalsIgnoreCase("auto")) {
            return switch (forced) {
                case ",", "comma" -> ',';
                case ";", "semicolon" -> ';';
                case "tab", "\\t", "\t" -> '\t';
                case "|", "pipe" -> '|';
                default -> throw KendaException.usage("unknown --delimiter '" + forced + "'", "use auto, ',', ';', tab or '|'");
            };
        }
        String first = firstLine(file, enc);
        char best = ',';
        int bestScore = -1;
        int bestCells = 0;
        for (char c : CANDIDATES) {
            List<String> cells = new ArrayList<>();
            try (CSVParser p = CSVFormat.RFC4180.builder().setDelimiter(c).get().parse(new java.io.StringReader(first))) {
                for (CSVRecord rec : p) {
                    rec.forEach(cells::add);
                    break;
                }
            } catch (IOException | UncheckedIOException e) {
                continue;
            }
            int score = Headers.score(cells, columns);
            if (score > bestScore || score == bestScore && cells.size() > bestCells) {
                best = c;
                bestScore = score;
                bestCells = cells.size();
            }
        }
        return best;
    }

    private static String firstLine(Path file, Encodings.Detected enc) throws IOException {
        try (Reader r = decoder(file, enc, new long[1], true)) {
            StringBuilder sb = new StringBuilder();
            int ch;
            boolean content = false;
            while ((ch = r.read()) >= 0 && sb.length() < 65536) {
                if (ch == '\n' || ch == '\r') {
                    if (content) {
                        break;
                    }
                    continue;
                }
                content |= !Character.isWhitespace(ch);
                sb.append((char) ch);
            }
            return sb.toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    @Override
    public String describe() {
        String d = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return encoding.description() + ", " + d + "-delimited";
    }

    @Override
    protected int line() {
        return (int) records.recordLine();
    }

    @Override
    protected List<String> nextRecord() throws IOException {
        try {
            return records.next();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private KendaException translate(IOException e) {
        long line = records.linesConsumed() + 1;
        if (e instanceof CsvRecords.TooLong) {
            if (isLongUnquotedLine(line)) {
                return new KendaException(ExitCode.DATA, fileName + ":" + line + ": the line runs past " + MAX_RECORD_CHARS
                        + " characters without a line break or a quote: one cell far longer than any real row",
                        "check that this is the table you meant; a text cell this long is not a price, budget or realisation row", e);
            }
            return new KendaException(ExitCode.DATA, fileName + ":" + line + ": the record starting here runs past "
                    + MAX_RECORD_CHARS + " characters: an unterminated quote (\")?", "close the quote, or remove the stray quote character", e);
        }
        if (e instanceof CharacterCodingException) {
            return new KendaException(ExitCode.DATA, fileName + ":" + line + ": bytes that are not valid "
                    + encoding.charset().name(), "save the file as UTF-8, or pass --encoding windows-1252 if that is what it is", e);
        }
        String m = String.valueOf(e.getMessage());
        if (m.equals(CsvRecords.UNTERMINATED)) {
            return new KendaException(ExitCode.DATA, fileName + ":" + line + ": unterminated quote: the quoted cell starting in this record never ends",
                    "close the quote, or remove the stray quote character", e);
        }
        if (e instanceof CsvRecords.Malformed bad && m.equals(CsvRecords.NOT_DOUBLED)) {
            return new KendaException(ExitCode.DATA, fileName + ":" + bad.line + ": a quote inside a quoted cell is not doubled",
                    "write a quote inside a quoted cell as \"\" (two quotes)", e);
        }
        return new KendaException(ExitCode.DATA, fileName + ":" + line + ": " + m, null, e);
    }

    /**
     * Whether physical line {@code line} is itself longer than the limit with no quote in it, so that
     * the error blames the length and not a quote that is not there. Read again from the start: this
     * is the error path only.
     */
    private boolean isLongUnquotedLine(long line) {
        if (file == null) {
            return false;
        }
        try (Reader r = decoder(file, encoding, new long[1], true)) {
            long at = 1;
            int ch;
            while (at < line && (ch = r.read()) >= 0) {
                if (ch == '\n') {
                    at++;
                }
            }
            long length = 0;
            while ((ch = r.read()) >= 0 && ch != '\n' && ch != '\r') {
                if (ch == '"') {
                    return false;
                }
                if (++length > MAX_RECORD_CHARS) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        records.close();
    }
}
