package id.kenda.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A koefisien (the quantity formula of a budget line): up to four factors such as
 * {@code 2 Orang x 3 Kali}, joined by {@code x}, {@code X}, {@code ×} or {@code *}; a decimal comma is
 * allowed ({@code 1,5 Jam}). The volume is the product of the factors.
 */
public record Koefisien(List<BigDecimal> factors, List<String> units) {
    private static final Pattern FACTOR = Pattern.compile("\\s*([0-9]+(?:[.,][0-9]+)?)\\s*([^0-9]*?)\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[xX×*]\\s+|\\s*[×*]\\s*");

    public static final int MAX_FACTORS = 4;

    /** One whole-number factor and a unit with no separators ({@code 12 Buah}); null for anything else. */
    private static Koefisien single(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == start || i - start > 15 || i < n && text.charAt(i) != ' ') {
            return null;
        }
        long number = Long.parseLong(text.substring(start, i));
        String unit = text.substring(i).strip();
        for (int j = 0; j < unit.length(); j++) {
            char c = unit.charAt(j);
            if (c == 'x' || c == 'X' || c == '\u00d7' || c == '*' || c >= '0' && c <= '9' || c == ',' || c == '.') {
                return null;
            }
        }
        return new Koefisien(List.of(BigDecimal.valueOf(number)), List.of(unit));
    }

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
        Koefisien simple = single(text);
        if (simple != null) {
            return Optional.of(simple);
        }
        String[] parts = SEPARATOR.split(text.strip());
        if (parts.length > MAX_FACTORS) {
            return Optional.empty();
        }
        List<BigDecimal> factors = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (String p : parts) {
            Matcher m = FACTOR.matcher(p);
            if (!m.matches()) {
                return Optional.empty();
            }
            String number = m.group(1);
            if (number.indexOf(',') >= 0) {
                number = number.replace(',', '.');
            } else if (number.matches("[0-9]{1,3}\\.[0-9]{3}")) {
                number = number.replace(".", "");
            }
            factors.add(new BigDecimal(number));
            units.add(m.group(2).strip());
        }
        return Optional.of(new Koefisien(factors, units));
    }
}
