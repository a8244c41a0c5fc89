package id.kenda.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Account codes (kode rekening, Permendagri 90/2019), compared by their numeric segments:
 * {@code 5.1.02.01.01.0024} and the padded {@code 5.1.02.01.001.00024} are the same account.
 * The original text is kept for display; {@link #normalise} gives the comparison key.
 */
public final class AccountCode {
    private static final Pattern SIX = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,6}){5}");

    private AccountCode() {
    }

    /** The comparison key ({@code 5.1.2.1.1.24}), or empty when the text is not a 6-segment account code. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.replaceAll("\\s+", "");
        if (!SIX.matcher(c).matches()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : c.split("\\.")) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Long.parseLong(seg));
        }
        return Optional.of(sb.toString());
    }

    /** True for grant and aid accounts (5.1.05 hibah, 5.1.06 bansos, 5.4 bantuan keuangan), which are not SSH-priced. */
    public static boolean isGrantOrAid(String normalised) {
        return normalised.startsWith("5.1.5.") || normalised.startsWith("5.1.6.") || normalised.startsWith("5.4.");
    }
}
