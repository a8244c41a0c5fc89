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
