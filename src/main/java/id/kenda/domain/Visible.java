package id.kenda.domain;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Shows characters a person cannot see (zero-width space, no-break space, a byte order mark inside a
 * cell, other format characters) as {@code <U+200B>}, so that a message about a code or a header
 * that "looks right" says what is wrong with it. Machine output (JSON, CSV) keeps the data as it is.
 */
public final class Visible {
    private Visible() {
    }

    /** Whether a person reading the text would not see this character. */
    public static boolean invisible(int c) {
        return c == 0x00a0 || c == 0x2007 || c == 0x202f || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT;
    }

    /** The text with each invisible character written as {@code <U+XXXX>}. */
    public static String of(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (invisible(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format("<U+%04X>", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Whether the text holds a character a person would not see. */
    public static boolean hasInvisible(String s) {
        return s != null && s.chars().anyMatch(Visible::invisible);
    }

    /** A writer that shows invisible characters; write errors of the target surface as its own. */
    public static PrintWriter writer(PrintWriter target, boolean autoFlush) {
        return new PrintWriter(new Filter(target), autoFlush);
    }

    private static final class Filter extends FilterWriter {
        private final PrintWriter target;

        Filter(PrintWriter target) {
            super(target);
            this.target = target;
        }

        @Override
        public void write(int c) throws IOException {
            if (invisible(c)) {
                out.write(String.format("<U+%04X>", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            write(new String(buf, off, len), 0, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            out.write(of(str.substring(off, off + len)));
        }

        @Override
        public void flush() throws IOException {
            target.flush();
            if (target.checkError()) {
                throw new IOException("write failed");
            }
        }
    }
}
