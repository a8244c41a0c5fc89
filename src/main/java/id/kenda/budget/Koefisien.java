package id.kenda.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A koefisien (the quantity formula of a budget line): up to four factors such as
 * {@code 2 Orang x 3 Kali}, joined by {@code x}, {@code X}, {@code ×} or {@code *}. A factor is a
 * number followed by a unit: the number may carry a decimal comma or point ({@code 1,5 Jam},
 * {@code 0.5 Hari}) or a thousands point ({@code 1.000 Lembar}); the unit starts with a letter and
 * may hold digits and the marks real SSH units use ({@code M2}, {@code M3}, {@code Km2},
 * {@code M'}, {@code m³}, {@code Orang / Kali}). A fraction ({@code 1/2 Hari}) is not a factor:
 * its "unit" would start with {@code /}. The volume is the product of the factors.
 */
public record Koefisien(List<BigDecimal> factors, List<String> units) {
    /** Between factors: {@code x} or {@code X} with spaces around it, or {@code ×} / {@code *} with or without. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[xX×*]\\s+|\\s*[×*]\\s*");

    /** A point before exactly three digits, the first group not starting with 0: {@code 1.000}, {@code 12.500}. */
    private static final Pattern THOUSANDS = Pattern.compile("[1-9][0-9]{0,2}(?:\\.[0-9]{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+[.,][0-9]+");

    public static final int MAX_FACTORS = 4;

    public BigDecimal volume() {
        BigDecimal v = BigDecimal.ONE;
        for (BigDecimal f : factors) {
            v = v.multiply(f);
        }
        return v;
    }

    /** The parsed koefisien, or empty when the text is not one. */
    public static Optional<Koefisien> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = hasSeparator(text) ? SEPARATOR.split(text.strip(), -1) : new String[] {text};
        if (parts.length > MAX_FACTORS) {
            return Optional.empty();
        }
        List<BigDecimal> factors = new ArrayList<>(parts.length);
        List<String> units = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (!factor(part.strip(), factors, units)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Koefisien(List.copyOf(factors), List.copyOf(units)));
    }

    /** Reads one factor ({@code 1,5 M3}) into the lists; false when it is not one. */
    private static boolean factor(String part, List<BigDecimal> factors, List<String> units) {
        int n = part.length();
        int i = 0;
        while (i < n && (isDigit(part.charAt(i)) || part.charAt(i) == ',' || part.charAt(i) == '.')) {
            i++;
        }
        BigDecimal number = number(part.substring(0, i));
        if (number == null) {
            return false;
        }
        String unit = part.substring(i).strip();
        if (!unit.isEmpty() && !isUnit(unit)) {
            return false;
        }
        factors.add(number);
        units.add(unit);
        return true;
    }

    /** {@code 12}, {@code 1,5}, {@code 0.5}, {@code 1.000} (thousands); null for anything else. */
    private static BigDecimal number(String s) {
        if (s.isEmpty() || s.length() > 20) {
            return null;
        }
        if (allDigits(s)) {
            return s.length() <= 18 ? BigDecimal.valueOf(Long.parseLong(s)) : new BigDecimal(s);
        }
        if (THOUSANDS.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", ""));
        }
        if (DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        return null;
    }

    private static boolean allDigits(String s) {
        for (int j = 0; j < s.length(); j++) {
            if (s.charAt(j) < '0' || s.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A unit starts with a letter; then letters, digits, spaces and the marks units use. */
    private static boolean isUnit(String unit) {
        if (!Character.isLetter(unit.codePointAt(0)) || unit.endsWith(" x") || unit.endsWith(" X")) {
            return false;
        }
        for (int j = 0; j < unit.length(); j++) {
            char c = unit.charAt(j);
            boolean ok = Character.isLetterOrDigit(c) || c == ' ' || c == '/' || c == '\'' || c == '.'
                    || c == '-' || c == '(' || c == ')' || c == '²' || c == '³' || c == '"' || c == '’';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSeparator(String text) {
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == 'x' || c == 'X' || c == '\u00d7' || c == '*') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
