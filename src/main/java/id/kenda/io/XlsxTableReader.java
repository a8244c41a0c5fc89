package id.kenda.io;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XLSX through fastexcel-reader's streaming sheet reader. Before opening, the zip is checked
 * against decompression bombs; line numbers are sheet row numbers; number cells keep their
 * exact decimal text. The header is the first of the top rows that names the wanted columns,
 * so title rows above it (as in SIPD exports) are skipped.
 */
final class XlsxTableReader extends TableReader {
    /** Largest uncompressed part accepted, and the largest compression ratio for big parts. */
    static final long MAX_PART_BYTES = 2L << 30;
    static final long MAX_RATIO = 250;
    private static final int HEADER_SEARCH_ROWS = 30;

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final String sheetName;
    private final List<org.dhatim.fastexcel.reader.Row> pushedBack = new ArrayList<>();
    private int currentLine;
    private BitSet currentNumeric;

    private XlsxTableReader(String name, ReadableWorkbook workbook, Sheet sheet) throws IOException {
        super(name);
        this.workbook = workbook;
        this.sheetName = sheet.getName();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
    }

    static List<String> workbookSheets(Path file) {
        checkZip(file);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw new KendaException(ExitCode.DATA, file + ": not a readable XLSX workbook (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", "open it in a spreadsheet and save it again as .xlsx", e);
        }
    }

    static TableReader openXlsx(Path file, ReadOptions options, List<Column> columns) {
        String name = file.toString();
        checkZip(file);
        ReadableWorkbook wb;
        try {
            wb = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new KendaException(ExitCode.DATA, name + ": not a readable XLSX workbook (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", "open it in a spreadsheet and save it again as .xlsx", e);
        }
        try {
            Sheet sheet = chooseSheet(wb, options.sheet(), name, chartSheets(file));
            XlsxTableReader r = new XlsxTableReader(name, wb, sheet);
            r.findHeader(columns, options.numberFormat());
            return r;
        } catch (IOException | RuntimeException e) {
            try {
                wb.close();
            } catch (IOException ignored) {
                // already failing
            }
            if (e instanceof KendaException k) {
                throw k;
            }
            throw new KendaException(ExitCode.DATA, name + ": the workbook is damaged (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")",
                    "open it in a spreadsheet and save it again as .xlsx", e);
        }
    }

    /** Refuses zip bombs and truncated archives before any XML is parsed. */
    private static void checkZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = Math.max(1, e.getCompressedSize());
                if (size > MAX_PART_BYTES || size > 100L << 20 && size / packed > MAX_RATIO) {
                    throw bomb(file, e.getName());
                }
                if (e.getName().endsWith(".xml") && e.getName().contains("sharedStrings")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        long n = in.transferTo(java.io.OutputStream.nullOutputStream());
                        if (n > MAX_PART_BYTES) {
                            throw bomb(file, e.getName());
                        }
                    }
                }
            }
            // after the size checks: a bomb is refused as a bomb, whatever else it holds
            if (zip.getEntry("xl/workbook.xml") == null) {
                throw new KendaException(ExitCode.DATA, file + ": this is " + FileKinds.zipKind(zip) + ", not an Excel workbook",
                        "export the data from the spreadsheet as .xlsx or CSV (UTF-8)");
            }
        } catch (java.util.zip.ZipException e) {
            throw new KendaException(ExitCode.DATA, file + ": the XLSX file is damaged or truncated (" + e.getMessage() + ")",
                    "download or export it again");
        } catch (IOException e) {
            throw new KendaException(ExitCode.DATA, file + ": cannot read the XLSX file: " + e.getMessage(), "download or export it again");
        }
    }

    private static KendaException bomb(Path file, String part) {
        return new KendaException(ExitCode.DATA, file + ": the XLSX part " + part + " unpacks to more than the allowed size (a zip bomb?)",
                "split the workbook, or export it as CSV");
    }

    private static Sheet chooseSheet(ReadableWorkbook wb, String wanted, String name, Set<String> charts) {
        List<Sheet> tables = wb.getSheets().filter(sh -> !charts.contains(sh.getName())).toList();
        if (wanted == null || wanted.isBlank()) {
            if (tables.isEmpty()) {
                throw new KendaException(ExitCode.DATA, name + ": the workbook holds only charts (" + String.join(", ", charts) + "), no table",
                        "export the sheet with the data, not its chart");
            }
            return tables.get(0);
        }
        Optional<Sheet> s = wb.findSheet(wanted);
        if (s.isEmpty() && wanted.matches("\\d{1,3}")) {
            s = wb.getSheet(Integer.parseInt(wanted) - 1);
        }
        Sheet sheet = s.orElseThrow(() -> new KendaException(ExitCode.DATA, name + ": no sheet '" + wanted + "'; the sheets are: "
                + wb.getSheets().map(Sheet::getName).collect(Collectors.joining(", ")), "pass --sheet with one of those names or a number"));
        if (charts.contains(sheet.getName())) {
            throw new KendaException(ExitCode.DATA, name + ": sheet '" + sheet.getName() + "' is a chart, not a table",
                    tables.isEmpty() ? "export the sheet with the data, not its chart"
                            : "pass --sheet with a sheet that holds the table: " + tables.stream().map(Sheet::getName).collect(Collectors.joining(", ")));
        }
        return sheet;
    }

    /**
     * The names of the workbook's chart sheets, which hold a chart and no cells: read from the
     * workbook part and its relationships, since the streaming reader lists them as sheets.
     */
    static Set<String> chartSheets(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
            ZipEntry book = zip.getEntry("xl/workbook.xml");
            if (rels == null || book == null) {
                return Set.of();
            }
            Set<String> chartIds = new HashSet<>();
            forEachElement(zip, rels, "Relationship", a -> {
                if (String.valueOf(a.apply("Type")).endsWith("/chartsheet")) {
                    chartIds.add(a.apply("Id"));
                }
            });
            if (chartIds.isEmpty()) {
                return Set.of();
            }
            Set<String> names = new LinkedHashSet<>();
            forEachElement(zip, book, "sheet", a -> {
                if (chartIds.contains(a.apply("id"))) {
                    names.add(a.apply("name"));
                }
            });
            return names;
        } catch (IOException | XMLStreamException e) {
            return Set.of();
        }
    }

    private static void forEachElement(ZipFile zip, ZipEntry part, String element, Consumer<Function<String, String>> each) throws IOException, XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = zip.getInputStream(part)) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals(element)) {
                    each.accept(local -> {
                        for (int i = 0; i < x.getAttributeCount(); i++) {
                            if (x.getAttributeLocalName(i).equals(local)) {
                                return x.getAttributeValue(i);
                            }
                        }
                        return null;
                    });
                }
            }
            x.close();
        }
    }

    private void findHeader(List<Column> columns, NumberFormat numberFormat) throws IOException {
        List<org.dhatim.fastexcel.reader.Row> top = new ArrayList<>();
        List<String> best = null;
        int bestAt = -1;
        int bestScore = 0;
        while (top.size() < HEADER_SEARCH_ROWS && rows.hasNext()) {
            org.dhatim.fastexcel.reader.Row r = rows.next();
            top.add(r);
            List<String> cells = cells(r, null);
            int score = Headers.score(cells, columns);
            if (score > bestScore) {
                best = cells;
                bestAt = top.size() - 1;
                bestScore = score;
            }
        }
        if (best == null) {
            Optional<org.dhatim.fastexcel.reader.Row> first = top.stream().filter(r -> cells(r, null).stream().anyMatch(c -> c != null && !c.isBlank())).findFirst();
            if (first.isEmpty()) {
                throw new KendaException(ExitCode.DATA, fileName + ": sheet '" + sheetName + "' is empty", "choose another sheet with --sheet, or export the data again");
            }
            best = cells(first.get(), null);
            bestAt = top.indexOf(first.get());
        }
        pushedBack.addAll(top.subList(bestAt + 1, top.size()));
        bind(best, top.get(bestAt).getRowNum(), columns, numberFormat);
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row r, BitSet numeric) {
        int n = r.getCellCount();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cell c = r.getCell(i);
            out.add(text(c, i, numeric));
        }
        return out;
    }

    private static String text(Cell c, int i, BitSet numeric) {
        if (c == null) {
            return null;
        }
        return switch (c.getType()) {
            case EMPTY -> null;
            case NUMBER -> {
                if (numeric != null) {
                    numeric.set(i);
                }
                BigDecimal v = c.asNumber();
                yield v == null ? c.getRawValue() : v.toPlainString();
            }
            case FORMULA -> {
                String v = c.getRawValue();
                if (numeric != null && v != null && v.matches("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                    numeric.set(i);
                }
                yield v;
            }
            default -> c.getText();
        };
    }

    @Override
    public String describe() {
        return "XLSX sheet '" + sheetName + "'";
    }

    @Override
    protected int line() {
        return currentLine;
    }

    @Override
    protected BitSet numericCells() {
        return currentNumeric;
    }

    @Override
    protected List<String> nextRecord() throws IOException {
        org.dhatim.fastexcel.reader.Row r;
        try {
            if (!pushedBack.isEmpty()) {
                r = pushedBack.remove(0);
            } else if (rows.hasNext()) {
                r = rows.next();
            } else {
                return null;
            }
        } catch (RuntimeException e) {
            throw new IOException("the sheet is damaged after row " + currentLine + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
        }
        currentLine = r.getRowNum();
        currentNumeric = new BitSet();
        List<String> cells = cells(r, currentNumeric);
        // a sheet row ends at its last written cell: blank trailing cells are not a ragged row
        while (cells.size() < headerWidth()) {
            cells.add(null);
        }
        return cells;
    }

    @Override
    public void close() {
        stream.close();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only input
        }
    }
}
