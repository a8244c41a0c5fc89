package id.kenda.io;

import id.kenda.core.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One data row with its physical line number (for XLSX, the sheet row number), reached by column
 * key. Values are trimmed; a blank cell is null.
 */
public final class Row {
    private final int line;
    private final List<String> cells;
    private final Map<String, Integer> index;
    private final int headerSize;
    private final Map<String, NumberFormat> formats;
    private final boolean forcedFormat;
    private final java.util.BitSet numericCells;

    Row(int line, List<String> cells, Map<String, Integer> index, int headerSize, Map<String, NumberFormat> formats,
        boolean forcedFormat, java.util.BitSet numericCells) {
        this.line = line;
        this.cells = cells;
        this.index = index;
        this.headerSize = headerSize;
        this.formats = formats;
        this.forcedFormat = forcedFormat;
        this.numericCells = numericCells;
    }

    public int line() {
        return line;
    }

    /** The original cells, for reject files. */
    public List<String> raw() {
        return cells;
    }

    public boolean has(String key) {
        return index.containsKey(key);
    }

    /** 1-based column number of a key, for messages (0 when the file has no such column). */
    public int column(String key) {
        Integer i = index.get(key);
        return i == null ? 0 : i + 1;
    }

    /** A row whose cell count differs from the header's. */
    public boolean ragged() {
        return cells.size() != headerSize;
    }

    public int size() {
        return cells.size();
    }

    public int headerSize() {
        return headerSize;
    }

    /** True when every cell is blank: such rows are skipped by readers. */
    boolean blank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public String get(String key) {
        Integer i = index.get(key);
        return i == null ? null : get(i);
    }

    /**
     * The cell at a slot from {@link TableReader#slot} (-1: the file has no such column): for a
     * loop over millions of rows, which looks its columns up once instead of on every row.
     */
    public String get(int slot) {
        if (slot < 0 || slot >= cells.size()) {
            return null;
        }
        String v = cells.get(slot);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** A percentage: an amount, optionally written with a trailing {@code %} ({@code 11 %}). */
    public BigDecimal percent(String key) throws AmountException {
        Integer i = index.get(key);
        return percent(i == null ? -1 : i, key);
    }

    /** {@link #percent(String)} at a slot of {@link TableReader#slot}. */
    public BigDecimal percent(int slot, String key) throws AmountException {
        String v = get(slot);
        if (v != null && v.endsWith("%")) {
            String n = v.substring(0, v.length() - 1).strip();
            if (n.isEmpty()) {
                throw new AmountException("'" + v + "' is not a number", Text.of("amount.notNumber", v));
            }
            return Amounts.parse(n, formats.getOrDefault(key, NumberFormat.id), forcedFormat, false);
        }
        return amount(slot, key);
    }

    /** The amount in a column, parsed strictly by the column's format. */
    public BigDecimal amount(String key) throws AmountException {
        Integer i = index.get(key);
        return amount(i == null ? -1 : i, key);
    }

    /** {@link #amount(String)} at a slot of {@link TableReader#slot}; {@code key} chooses the number format. */
    public BigDecimal amount(int slot, String key) throws AmountException {
        String v = get(slot);
        if (v == null) {
            throw new AmountException("is empty", Text.of("amount.empty"));
        }
        if (numericCells != null && numericCells.get(slot)) {
            // a spreadsheet number cell: its text is the exact decimal value, English-style
            return Amounts.parse(v, NumberFormat.en, false, true);
        }
        NumberFormat f = formats.getOrDefault(key, NumberFormat.id);
        return Amounts.parse(v, f, forcedFormat, false);
    }
}
