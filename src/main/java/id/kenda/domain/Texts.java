package id.kenda.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation for matching: case, accents, spacing, and units written with varying spaces. */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

    private Texts() {
    }

    /** Lower case, accents removed, runs of spaces collapsed: for search and name matching. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String ascii = foldAscii(s);
        if (ascii != null) {
            return ascii;
        }
        // compatibility forms (full-width letters, no-break spaces) as their plain letters, and
        // characters nobody sees (zero-width space, a byte order mark inside a cell) dropped
        String d = FORMAT.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        d = Normalizer.normalize(d, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        return SPACES.matcher(d.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The same as the general path for plain ASCII text (most of every price list), without regexes; null otherwise. */
    static String foldAscii(String s) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r') {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString().strip();
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
        String t = unit.strip();
        if (t.indexOf('/') < 0 && t.indexOf("  ") < 0 && t.indexOf('\t') < 0 && t.indexOf('\n') < 0) {
            return t;
        }
        return SLASH.matcher(SPACES.matcher(unit.strip()).replaceAll(" ")).replaceAll(" / ");
    }
}
