package id.kenda.io;

/**
 * How to read a tabular file; {@code auto} everywhere by default.
 *
 * @param encoding     auto, utf-8, windows-1252 or utf-16
 * @param delimiter    auto, ',', ';', tab or '|'
 * @param numberFormat how amounts are written
 * @param sheet        XLSX sheet name or 1-based number; null for the first
 */
public record ReadOptions(String encoding, String delimiter, NumberFormat numberFormat, String sheet) {
    public static final ReadOptions AUTO = new ReadOptions("auto", "auto", NumberFormat.auto, null);
}
