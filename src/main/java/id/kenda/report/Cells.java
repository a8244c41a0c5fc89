package id.kenda.report;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;

/** How one cell value becomes text in text tables and CSV, the same in both. */
public final class Cells {
    private Cells() {
    }

    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof TemporalAccessor) {
            return v.toString();
        }
        return String.valueOf(v);
    }

    /** A cell of a typed column: a FLAG reads its word when true and nothing when false. */
    public static Object value(Col col, Object v) {
        if (col.type() == ColumnType.FLAG && v instanceof Boolean b) {
            return b ? col.flag() : "";
        }
        return v;
    }

    /**
     * A text cell that a spreadsheet would run as a formula gets a leading apostrophe
     * (OWASP CSV injection advice). Numbers are never changed.
     */
    public static String formulaSafe(Object v) {
        String s = text(v);
        if (v instanceof Number || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + s;
        }
        return s;
    }
}
