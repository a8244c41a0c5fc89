package id.kenda.domain;

import java.util.regex.Pattern;

/**
 * A sub kegiatan (activity) code: urusan.bidang.program.kegiatan (2 parts).sub, e.g.
 * {@code 2.16.03.2.01.0004}; the older 2-digit last segment ({@code 1.02.02.2.02.32}) is valid too.
 * Program is the first 3 segments, kegiatan the first 5.
 */
public final class SubKegiatanCode {
    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]\\.[0-9]{1,2}\\.[0-9]{2,4}");
    /** For messages: what a valid code looks like. */
    public static final String EXAMPLE = "2.16.03.2.01.0004";

    private SubKegiatanCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** The first {@code n} segments: 3 for the program, 5 for the kegiatan. */
    public static String prefix(String code, int n) {
        int end = -1;
        for (int i = 0; i < n; i++) {
            end = code.indexOf('.', end + 1);
            if (end < 0) {
                return code;
            }
        }
        return code.substring(0, end);
    }
}
