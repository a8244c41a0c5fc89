package id.kenda.testing;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

/** Reads a workbook kenda wrote back, with fastexcel-reader: sheets of rows of cells, by index. */
public final class Workbooks {
    private final Map<String, List<List<Cell>>> sheets;
    private final Path file;

    private Workbooks(Path file, Map<String, List<List<Cell>>> sheets) {
        this.file = file;
        this.sheets = sheets;
    }

    public static Workbooks read(Path file) {
        Map<String, List<List<Cell>>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (Sheet s : wb.getSheets().toList()) {
                List<List<Cell>> rows = new ArrayList<>();
                for (Row r : s.read()) {
                    while (rows.size() < r.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(r.getCell(i));
                    }
                    rows.add(cells);
                }
                out.put(s.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Workbooks(file, out);
    }

    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    public List<List<Cell>> rows(String sheet) {
        List<List<Cell>> r = sheets.get(sheet);
        if (r == null) {
            throw new AssertionError("no sheet " + sheet + " in " + sheets.keySet());
        }
        return r;
    }

    /** The text of a cell, "" when empty or absent. */
    public static String text(List<Cell> row, int i) {
        if (i >= row.size() || row.get(i) == null || row.get(i).getType() == CellType.EMPTY) {
            return "";
        }
        return row.get(i).getText();
    }

    public static CellType type(List<Cell> row, int i) {
        return i >= row.size() || row.get(i) == null ? CellType.EMPTY : row.get(i).getType();
    }

    /** The index of the first row whose first cell reads {@code first}. */
    public int rowStarting(String sheet, String first) {
        List<List<Cell>> r = rows(sheet);
        for (int i = 0; i < r.size(); i++) {
            if (text(r.get(i), 0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with '" + first + "' in sheet " + sheet);
    }

    /** Every cell text of a sheet, row by row. */
    public List<String> texts(String sheet) {
        List<String> out = new ArrayList<>();
        for (List<Cell> row : rows(sheet)) {
            for (int i = 0; i < row.size(); i++) {
                String t = text(row, i);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A part of the XLSX zip (e.g. xl/styles.xml) as text. */
    public String part(String name) {
        try (ZipFile z = new ZipFile(file.toFile())) {
            return Optional.ofNullable(z.getEntry(name)).map(e -> {
                try {
                    return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }).orElseThrow(() -> new AssertionError("no " + name + " in " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
