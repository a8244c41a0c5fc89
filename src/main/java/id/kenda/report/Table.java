package id.kenda.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows and named columns: what text and CSV output render. Cells are strings, numbers or null;
 * numbers stay numbers so CSV formula-neutralising never touches a negative amount.
 */
public final class Table {
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public Table(String... columns) {
        this.columns = List.of(columns);
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Arrays.copyOf(cells, cells.length));
        return this;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Object[]> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
