package id.kenda.report;

/**
 * A column of a {@link Table}: its id (the header in text and CSV, and the key of its label in
 * HTML and workbooks) and what it holds. A {@code null} type means "decide by the values" (the
 * plain tables of listing commands). {@code flag} is the word a true FLAG cell reads as in text and
 * CSV. A {@code verbatim} column is headed by its id in every language: the columns of a layout
 * another system reads (the SIPD export).
 */
public record Col(String id, ColumnType type, String flag, boolean verbatim) {
    public Col(String id, ColumnType type) {
        this(id, type, null, false);
    }

    public Col(String id, ColumnType type, String flag) {
        this(id, type, flag, false);
    }

    /** A column headed by {@code id} as it is, in every language. */
    public static Col verbatim(String id, ColumnType type) {
        return new Col(id, type, null, true);
    }

    public static Col code(String id) {
        return new Col(id, ColumnType.CODE);
    }

    public static Col text(String id) {
        return new Col(id, ColumnType.TEXT);
    }

    public static Col money(String id) {
        return new Col(id, ColumnType.MONEY);
    }

    public static Col count(String id) {
        return new Col(id, ColumnType.COUNT);
    }

    public static Col percent(String id) {
        return new Col(id, ColumnType.PERCENT);
    }

    public static Col band(String id) {
        return new Col(id, ColumnType.BAND);
    }

    public static Col term(String id) {
        return new Col(id, ColumnType.TERM);
    }

    /** A FLAG column whose true cells read {@code word} in text and CSV. */
    public static Col flag(String id, String word) {
        return new Col(id, ColumnType.FLAG, word);
    }
}
