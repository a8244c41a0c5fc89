package id.kenda.io;

/** How amounts in a file are written: decided per column ({@code auto}), or forced. */
public enum NumberFormat {
    /** Decided per column from the values themselves. */
    auto,
    /** Indonesian: {@code 1.250.000,00} (dot thousands, comma decimal). */
    id,
    /** English: {@code 1,250,000.00} or {@code 1250000.0}. */
    en
}
