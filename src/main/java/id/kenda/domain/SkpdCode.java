package id.kenda.domain;

import java.util.regex.Pattern;

/** An SKPD (agency) code: 8 numeric segments, e.g. {@code 1.02.0.00.0.00.01.0000} (Dinas Kesehatan). */
public final class SkpdCode {
    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,4}){7}");
    /** For messages: what a valid code looks like. */
    public static final String EXAMPLE = "1.02.0.00.0.00.01.0000";

    private SkpdCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
