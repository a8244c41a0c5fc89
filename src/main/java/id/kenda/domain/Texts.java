package id.kenda.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation for matching: case, accents, spacing, and units written with varying spaces. */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

    private Texts() {
    }

    /** Lower case, accents removed, runs of spaces collapsed: for search and name matching. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        return SPACES.matcher(d.replace('\u00a0', ' ')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** A unit for comparison: {@code Orang/Kali} = {@code orang / kali}. */
    public static String unitKey(String unit) {
        return SLASH.matcher(fold(unit)).replaceAll("/");
    }

    /** A unit for display: spaces around '/' normalised to one, runs of spaces collapsed. */
    public static String unitDisplay(String unit) {
        if (unit == null) {
            return null;
        }
        return SLASH.matcher(SPACES.matcher(unit.strip()).replaceAll(" ")).replaceAll(" / ");
    }
}
