package id.kenda.io;

/**
 * A row an all-or-nothing import refuses: the 1-based column it is about (0: the row as a whole)
 * and why, in words for the line {@code file:line:column: reason}. Thrown while a row is checked,
 * caught by the importer, which lists it and goes on to the next row.
 */
public final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    public BadRow(int column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
