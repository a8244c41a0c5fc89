package id.kenda.report;

/**
 * What a column holds, which decides how every renderer draws it: numbers right-aligned and
 * numeric in a workbook, codes kept as text so leading zeros and dots survive, bands coloured.
 */
public enum ColumnType {
    /** An identifier such as {@code 1.02.0.00.0.00.01.0000}: always text, never a number. */
    CODE,
    TEXT,
    /** Rupiah: {@code Rp 173.046.624} for people, a {@code #,##0} number in a workbook. */
    MONEY,
    COUNT,
    /** Percent or percentage points, two decimals. */
    PERCENT,
    /** A band id ({@code very-high} ... {@code very-low}), shown in its colour and by its name. */
    BAND,
    DATE,
    /** A fixed word such as a severity: kept as is in text and CSV, said in the report's language elsewhere. */
    TERM,
    /** A yes/no mark such as "critical": shown as a word when true, empty when false. */
    FLAG;

    public boolean numeric() {
        return this == MONEY || this == COUNT || this == PERCENT;
    }
}
