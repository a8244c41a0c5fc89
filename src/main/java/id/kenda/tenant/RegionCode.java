package id.kenda.tenant;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code {@code PP.KK}: one of Indonesia's 38 provinces, then a kabupaten
 * (01-69) or kota (71-99) number. The code is the tenant id everywhere, and names files, so it
 * is validated strictly: ASCII digits only, nothing else.
 */
public final class RegionCode {
    private static final Pattern SHAPE = Pattern.compile("[0-9]{2}\\.[0-9]{2}");

    /** The 38 province codes (Kepmendagri 2022, with the four new Papua provinces). */
    public static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96");

    private RegionCode() {
    }

    /** Why a code is not acceptable, or empty when it is. {@code kind} may be null (then it is derived). */
    public static Optional<String> problem(String code, String kind) {
        if (code == null || code.isEmpty()) {
            return Optional.of("the region code is empty");
        }
        if (!SHAPE.matcher(code).matches()) {
            String shown = code.length() > 20 ? code.substring(0, 20) + "..." : code;
            return Optional.of("'" + printable(shown) + "' is not a region code: expected PP.KK with ASCII digits, e.g. 35.79 (Kota Batu)");
        }
        String province = code.substring(0, 2);
        if (!PROVINCES.contains(province)) {
            return Optional.of("'" + code + "': " + province + " is not an Indonesian province code");
        }
        int n = Integer.parseInt(code.substring(3));
        String derived = kindOf(code);
        if (derived == null) {
            return Optional.of("'" + code + "': " + code.substring(3) + " is neither a kabupaten (01-69) nor a kota (71-99) number");
        }
        if (kind != null && !kind.equals(derived)) {
            return Optional.of("'" + code + "' is a " + derived + " code (kabupaten 01-69, kota 71-99), not a " + kind
                    + (n >= 71 ? "" : ""));
        }
        return Optional.empty();
    }

    /** kabupaten for 01-69, kota for 71-99, null otherwise. */
    public static String kindOf(String code) {
        int n = Integer.parseInt(code.substring(3));
        if (n >= 1 && n <= 69) {
            return "kabupaten";
        }
        if (n >= 71 && n <= 99) {
            return "kota";
        }
        return null;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
