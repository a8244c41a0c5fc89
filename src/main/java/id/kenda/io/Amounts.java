package id.kenda.io;

import id.kenda.core.Text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A strict parser for amounts as real files write them: {@code 12345}, {@code 12345.0} (XLSX),
 * {@code 12.345,00}, {@code Rp 12.345}, {@code Rp. 12.345,00}, {@code Rp 12.500,-}, {@code 1,250,000.00}. Junk is an
 * error, never a guess. A value that reads the same either way is parsed; one that could be
 * either ({@code 12.345}) follows its column's format.
 */
public final class Amounts {
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern ID = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?|\\d+,\\d+");
    private static final Pattern EN = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?[eE][+-]?\\d+");
    private static final Pattern CURRENCY = Pattern.compile("^(?i)(rp\\.?|idr)\\s*");

    /** What a single value says about its column's format. */
    public enum Evidence { NONE, ID, EN, AMBIGUOUS, INVALID }

    private Amounts() {
    }

    static String clean(String text) {
        if (isDigits(text)) {
            return text;
        }
        String s = text.replace('\u00a0', ' ').strip();
        s = CURRENCY.matcher(s).replaceFirst("");
        s = s.replace(" ", "");
        // "Rp 12.500,-": the Indonesian way of writing "no cents", so always the Indonesian format
        if (s.endsWith(",-") || s.endsWith(",--")) {
            s = s.substring(0, s.indexOf(",-")) + ",00";
        }
        return s;
    }

    private static boolean isDigits(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** What this value tells about the column (used to decide the format from a sample). */
    public static Evidence evidence(String text) {
        String s = clean(text);
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || PLAIN.matcher(s).matches()) {
            return Evidence.NONE;
        }
        boolean id = ID.matcher(s).matches();
        boolean en = EN.matcher(s).matches();
        if (id && en) {
            return Evidence.AMBIGUOUS;
        }
        if (id) {
            return Evidence.ID;
        }
        return en ? Evidence.EN : Evidence.INVALID;
    }

    /**
     * Parses one value. {@code columnFormat} is the column's decided format ({@code id} or {@code en});
     * it settles only values that could be read either way, unless {@code forced}.
     */
    public static BigDecimal parse(String text, NumberFormat columnFormat, boolean forced, boolean allowScientific) throws AmountException {
        if (text == null || text.isBlank()) {
            throw new AmountException("is empty", Text.of("amount.empty"));
        }
        if (isDigits(text)) {
            return BigDecimal.valueOf(Long.parseLong(text));
        }
        String s = clean(text);
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        if (body.isEmpty()) {
            throw new AmountException("'" + text.strip() + "' is not a number", Text.of("amount.notNumber", text.strip()));
        }
        BigDecimal v;
        if (PLAIN.matcher(body).matches()) {
            v = new BigDecimal(body);
        } else if (SCIENTIFIC.matcher(body).matches()) {
            if (!allowScientific) {
                throw new AmountException("'" + text.strip() + "' is in scientific notation, which loses digits: format the column as a plain number",
                        Text.of("amount.scientific", text.strip()));
            }
            v = new BigDecimal(body);
        } else {
            boolean id = ID.matcher(body).matches();
            boolean en = EN.matcher(body).matches();
            boolean useId;
            if (forced) {
                useId = columnFormat == NumberFormat.id;
                if (useId ? !id : !en) {
                    throw new AmountException("'" + text.strip() + "' is not a number in the " + (useId ? "Indonesian (1.234.567,89)" : "English (1,234,567.89)")
                            + " format forced by --number-format", Text.of(useId ? "amount.notIndonesian" : "amount.notEnglish", text.strip()));
                }
            } else if (id && en) {
                useId = columnFormat != NumberFormat.en;
            } else if (id || en) {
                useId = id;
            } else {
                throw new AmountException("'" + text.strip() + "' is not a number (expected e.g. 1250000, 1.250.000,00 or 1250000.00)",
                        Text.of("amount.notNumberExpected", text.strip()));
            }
            v = new BigDecimal(useId ? body.replace(".", "").replace(',', '.') : body.replace(",", ""));
        }
        return negative ? v.negate() : v;
    }
}
