package id.kenda.domain;

import java.util.Optional;

/**
 * Account codes (kode rekening, Permendagri 90/2019), compared by their numeric segments:
 * {@code 5.1.02.01.01.0024} and the padded {@code 5.1.02.01.001.00024} are the same account.
 * The original text is kept for display; {@link #normalise} gives the comparison key.
 */
public final class AccountCode {
    private AccountCode() {
    }

    /** The comparison key ({@code 5.1.2.1.1.24}), or empty when the text is not a 6-segment account code. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(code.length());
        int segments = 0;
        int digits = 0;
        long value = 0;
        for (int i = 0; i <= code.length(); i++) {
            char c = i < code.length() ? code.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (++digits > 6 || segments == 0 && digits > 3) {
                    return Optional.empty();
                }
                value = value * 10 + (c - '0');
            } else if (c == '.') {
                if (digits == 0 || ++segments > 6) {
                    return Optional.empty();
                }
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(value);
                digits = 0;
                value = 0;
            } else if (!Character.isWhitespace(c)) {
                return Optional.empty();
            }
        }
        return segments == 6 ? Optional.of(sb.toString()) : Optional.empty();
    }

    /**
     * The comparison key of an account prefix of one to six segments ({@code 5.1.01} gives
     * {@code 5.1.1}), or empty when it is not one; {@link #under} matches accounts against it.
     */
    public static Optional<String> prefixKey(String prefix) {
        if (prefix == null || !prefix.strip().matches("\\d{1,6}(\\.\\d{1,6}){0,5}")) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : prefix.strip().split("\\.")) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Long.parseLong(seg));
        }
        return Optional.of(sb.toString());
    }

    /** Whether a normalised account lies under a prefix key ({@code 5.1.1.2.3.4} under {@code 5.1.1}, not under {@code 5.1.10}). */
    public static boolean under(String normalised, String prefixKey) {
        return normalised.equals(prefixKey) || normalised.startsWith(prefixKey) && normalised.length() > prefixKey.length()
                && normalised.charAt(prefixKey.length()) == '.';
    }

    /** True for grant and aid accounts (5.1.05 hibah, 5.1.06 bansos, 5.4 bantuan keuangan), which are not SSH-priced. */
    public static boolean isGrantOrAid(String normalised) {
        return normalised.startsWith("5.1.5.") || normalised.startsWith("5.1.6.") || normalised.startsWith("5.4.");
    }
}
