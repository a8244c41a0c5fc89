package id.kenda.io;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The one reader pipeline for every tabular input (CSV and XLSX): finds the header, matches it to
 * the wanted columns, decides each amount column's number format from a bounded sample, and hands
 * out rows with their physical line numbers, streaming. Importers never touch bytes.
 */
public abstract class TableReader implements Closeable, Iterable<Row> {
    /** Rows read ahead to decide amount formats; memory stays bounded by this, not by the file. */
    static final int SAMPLE_ROWS = 1000;

    protected final String fileName;
    private List<Column> columns;
    private Map<String, Integer> index;
    private int headerSize;
    private int headerLine = 1;
    private List<String> header = List.of();
    private final Map<String, NumberFormat> formats = new HashMap<>();
    private boolean forced;
    private final Deque<Row> buffer = new ArrayDeque<>();
    private boolean started;
    private int rowsRead;

    protected TableReader(String fileName) {
        this.fileName = fileName;
    }

    /** The sheet names of an XLSX workbook, in order; empty for any other file. */
    public static List<String> sheetNames(Path file) {
        checkReadable(file);
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return List.of();
            }
        } catch (IOException e) {
            throw new KendaException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage(), "check the path and permissions");
        }
        return XlsxTableReader.workbookSheets(file);
    }

    /**
     * Opens a file by its content, not its name: a zip is XLSX, an HTML page or an OLE2 file
     * is refused with the fix, anything else is read as delimited text.
     */
    public static TableReader open(Path file, ReadOptions options, List<Column> columns) {
        checkReadable(file);
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new KendaException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage(), "check the path and permissions");
        }
        String name = file.toString();
        if (n == 0) {
            throw new KendaException(ExitCode.DATA, name + ": the file is empty", "export the data again; the file has no header row");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XlsxTableReader.openXlsx(file, options, columns);
        }
        if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
            throw new KendaException(ExitCode.DATA, name + ": this is an old binary Excel (.xls) workbook, which kenda does not read",
                    "open it in a spreadsheet and save it as .xlsx or as CSV");
        }
        String kind = FileKinds.bySignature(head, n);
        if (kind != null) {
            throw new KendaException(ExitCode.DATA, name + ": this is " + kind + ", not a CSV or XLSX table",
                    "export the data from the spreadsheet as .xlsx or CSV (UTF-8)");
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table") || start.startsWith("<?xml") && start.contains("<html")) {
            throw new KendaException(ExitCode.DATA, name + ": this is an HTML page (a web table saved with a spreadsheet name), not a spreadsheet",
                    "open it in a spreadsheet program and save it as .xlsx or CSV");
        }
        return CsvTableReader.openCsv(file, options, columns);
    }

    static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new KendaException(ExitCode.NO_INPUT, file + " is a directory, not a file", "name a CSV or XLSX file");
        }
        if (!Files.exists(file)) {
            throw new KendaException(ExitCode.NO_INPUT, "no such file: " + file, "check the path");
        }
        if (!Files.isReadable(file)) {
            throw new KendaException(ExitCode.NO_INPUT, "cannot read " + file + ": permission denied", "check the file's permissions");
        }
    }

    /** What the reader decided about the file, for the summary ("UTF-8, ';'-delimited"). */
    public abstract String describe();

    /** The next record's cells, or null at the end; {@link #line()} is its first physical line. */
    protected abstract List<String> nextRecord() throws IOException;

    /** The physical line (or sheet row) where the last record returned by {@link #nextRecord()} started. */
    protected abstract int line();

    @Override
    public abstract void close();

    public String fileName() {
        return fileName;
    }

    /** The number of header cells (0 before the header is read). */
    protected int headerWidth() {
        return headerSize;
    }

    /** Whether the file has the column with this key. */
    public boolean has(String key) {
        return index.containsKey(key);
    }

    /** The 0-based cell of a column key for {@link Row#get(int)}, or -1 when the file has no such column. */
    public int slot(String key) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    /** The share of the file read so far (0 to 1), or -1 when the reader cannot tell: for progress displays. */
    public double fractionRead() {
        return -1;
    }

    /** The physical line (CSV) or sheet row (XLSX) of the header, for messages about columns. */
    public int headerLine() {
        return headerLine;
    }

    /** Rows handed out so far (blank rows are skipped and not counted). */
    public int rowsRead() {
        return rowsRead;
    }

    protected void bind(List<String> header, int headerLine, List<Column> wanted, NumberFormat numberFormat) {
        this.header = List.copyOf(header.stream().map(c -> c == null ? "" : c.strip()).toList());
        this.columns = wanted;
        this.headerSize = header.size();
        this.headerLine = headerLine;
        this.index = Headers.resolve(fileName, headerLine, header, wanted);
        this.forced = numberFormat != NumberFormat.auto;
        if (forced) {
            for (Column c : wanted) {
                formats.put(c.key(), numberFormat);
            }
        }
    }

    /** Which cells of the last record were spreadsheet number cells (null for text files). */
    protected java.util.BitSet numericCells() {
        return null;
    }

    private void start() {
        started = true;
        try {
            while (buffer.size() < SAMPLE_ROWS) {
                Row r = readRow();
                if (r == null) {
                    break;
                }
                buffer.add(r);
            }
        } catch (IOException e) {
            throw failure(e);
        }
        if (!forced) {
            for (Column c : columns) {
                if (c.numeric() && index.containsKey(c.key())) {
                    formats.put(c.key(), decide(c.key()));
                }
            }
        }
    }

    private NumberFormat decide(String key) {
        int id = 0;
        int en = 0;
        for (Row r : buffer) {
            String v = r.get(key);
            if (v == null) {
                continue;
            }
            switch (Amounts.evidence(v)) {
                case ID -> id++;
                case EN -> en++;
                default -> { }
            }
        }
        return en > id ? NumberFormat.en : NumberFormat.id;
    }

    private Row readRow() throws IOException {
        while (true) {
            List<String> cells = nextRecord();
            if (cells == null) {
                return null;
            }
            if (repeatsHeader(cells)) {
                throw new KendaException(ExitCode.DATA, fileName + ":" + line() + ": the header row appears again here (files joined together?)",
                        "delete the repeated header line, or import the parts one at a time");
            }
            Row r = new Row(line(), cells, index, headerSize, formats, forced, numericCells());
            if (!r.blank()) {
                return r;
            }
        }
    }

    private boolean repeatsHeader(List<String> cells) {
        if (cells.size() < header.size() || header.size() < 2) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            String c = cells.get(i);
            if (!header.get(i).equals(c == null ? "" : c.strip())) {
                return false;
            }
        }
        return true;
    }

    /** Turns a low-level read failure into a one-line input error. */
    protected KendaException failure(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
            return new KendaException(ExitCode.NO_INPUT, "cannot read " + fileName + ": " + e.getMessage(), "check the path and permissions");
        }
        return new KendaException(ExitCode.DATA, fileName + ":" + line() + ": " + e.getMessage(), null, e);
    }

    @Override
    public Iterator<Row> iterator() {
        if (!started) {
            start();
        }
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = buffer.poll();
                    if (next == null) {
                        try {
                            next = readRow();
                        } catch (IOException e) {
                            throw failure(e);
                        }
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                id.kenda.core.Interrupts.check();
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                rowsRead++;
                return r;
            }
        };
    }

    /** All data rows into a list: only for small reference files (SKPD lists), never for budgets. */
    public List<Row> readAllSmall(int limit) {
        List<Row> rows = new ArrayList<>();
        for (Row r : this) {
            if (rows.size() >= limit) {
                throw new KendaException(ExitCode.DATA, fileName + ": more than " + limit + " rows", "this file is expected to be small");
            }
            rows.add(r);
        }
        return rows;
    }
}
