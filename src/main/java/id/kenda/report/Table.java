package id.kenda.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Rows under typed columns: what every renderer draws. Rows are either held ({@link #row}) or
 * produced on demand from a source that can be walked more than once ({@link #streamed}), so a
 * report of a million findings is written without being built twice. Cells are strings, numbers,
 * booleans (FLAG columns), dates or null; numbers stay numbers, so CSV formula-neutralising never
 * touches a negative amount and a workbook gets numeric cells.
 */
public final class Table {
    private final List<Col> columns;
    private final List<Object[]> held;
    private final Iterable<Object[]> source;

    /** A table whose column types are decided by their values (listing commands). */
    public Table(String... columns) {
        this(Arrays.stream(columns).map(c -> new Col(c, null)).toList(), new ArrayList<>(), null);
    }

    public Table(Col... columns) {
        this(List.of(columns), new ArrayList<>(), null);
    }

    private Table(List<Col> columns, List<Object[]> held, Iterable<Object[]> source) {
        this.columns = List.copyOf(columns);
        this.held = held;
        this.source = source;
    }

    /** A table whose rows come from {@code rows}, walked once per renderer pass. */
    public static Table streamed(List<Col> columns, Iterable<Object[]> rows) {
        return new Table(columns, null, rows);
    }

    public Table row(Object... cells) {
        if (held == null) {
            throw new IllegalStateException("a streamed table takes no rows");
        }
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
        }
        held.add(Arrays.copyOf(cells, cells.length));
        return this;
    }

    /** The column ids: the header of text and CSV output. */
    public List<String> columns() {
        return columns.stream().map(Col::id).toList();
    }

    public List<Col> cols() {
        return columns;
    }

    public Iterable<Object[]> rows() {
        return held != null ? held : source;
    }

    public boolean isEmpty() {
        if (held != null) {
            return held.isEmpty();
        }
        Iterator<Object[]> it = source.iterator();
        boolean empty = !it.hasNext();
        Rows.close(it);
        return empty;
    }
}
