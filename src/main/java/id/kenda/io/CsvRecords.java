package id.kenda.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits decoded text into records exactly as Commons CSV's RFC 4180 format does, in one pass over
 * a character buffer: no trimming; empty lines kept as one empty cell; CR, LF and CRLF each one line
 * end; a quote opens a quoted cell only as a cell's first character (elsewhere it is text); inside
 * one, a doubled quote is a quote and line breaks are text; after the closing quote only white space
 * may come before the delimiter or the line end. It replaces the library's parser on the hot path of
 * every import and validation (SIPD exports quote most cells); a differential test holds the two to
 * the same cells, lines and errors. Physical line numbers are counted here; a record is bounded in
 * length, so an unterminated quote is an error and not an OutOfMemoryError.
 */
final class CsvRecords {
    /** The phrases of Commons CSV's own messages for the two quoting errors (the reader words them for people). */
    static final String UNTERMINATED = "EOF reached before encapsulated token finished";
    static final String NOT_DOUBLED = "Invalid character between encapsulated token and delimiter";

    private final Reader in;
    private final char delimiter;
    private final int maxRecordChars;
    private final StringBuilder quoted = new StringBuilder();
    private char[] buf = new char[1 << 16];
    /** The record being read starts at {@code pos}; {@code scan} is the character looked at, {@code mark} where the current run of text began. */
    private int pos;
    private int scan;
    private int mark;
    private int end;
    private boolean eof;
    /** Line ends consumed so far: the physical line a record starts on is this plus one. */
    private long lines;
    private long recordLine;

    CsvRecords(Reader in, char delimiter, int maxRecordChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
    }

    /** The physical line the last record returned started on. */
    long recordLine() {
        return recordLine;
    }

    /** Line ends consumed so far (the line being read is this plus one). */
    long linesConsumed() {
        return lines;
    }

    /**
     * The next record's cells, or null at the end of the text.
     *
     * @throws TooLong when a record runs past the bound
     * @throws Malformed on an unterminated quoted cell or text after a closing quote (with the line)
     */
    List<String> next() throws IOException {
        if (pos >= end && !fill()) {
            return null;
        }
        recordLine = lines + 1;
        List<String> cells = new ArrayList<>(16);
        int breaks = 0;
        scan = pos;
        while (true) {
            // a cell starts at scan
            if (available() && buf[scan] == '"') {
                breaks += quotedCell(cells, breaks);
            } else {
                mark = scan;
                while (available()) {
                    char c = buf[scan];
                    if (c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    scan++;
                }
                cells.add(new String(buf, mark, scan - mark));
            }
            if (scan - pos > maxRecordChars) {
                throw new TooLong();
            }
            if (available() && buf[scan] == delimiter) {
                scan++;
                continue;
            }
            break;
        }
        lines += breaks;
        pos = scan;
        consumeLineEnd();
        return cells;
    }

    /**
     * Reads the quoted cell at {@code scan} up to the delimiter or line end after it; returns the
     * line breaks inside it. {@code before}: the record's line breaks before this cell.
     */
    private int quotedCell(List<String> cells, int before) throws IOException {
        quoted.setLength(0);
        int breaks = 0;
        scan++;
        mark = scan;
        while (true) {
            if (scan >= end) {
                quoted.append(buf, mark, scan - mark);
                mark = scan;
                if (!available()) {
                    throw new Malformed(UNTERMINATED, recordLine);
                }
            }
            char c = buf[scan];
            if (c == '"') {
                quoted.append(buf, mark, scan - mark);
                scan++;
                if (available() && buf[scan] == '"') {
                    mark = scan;
                    scan++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                breaks++;
            } else if (c == '\r') {
                quoted.append(buf, mark, scan + 1 - mark);
                scan++;
                mark = scan;
                // a CRLF is one line break, counted at its LF
                if (!available() || buf[scan] != '\n') {
                    breaks++;
                }
                continue;
            }
            scan++;
        }
        cells.add(quoted.toString());
        // after the closing quote: white space up to the delimiter, the line end or the end of the text
        while (available()) {
            char c = buf[scan];
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            if (!Character.isWhitespace(c)) {
                throw new Malformed(NOT_DOUBLED, recordLine + before + breaks);
            }
            scan++;
        }
        return breaks;
    }

    /** Whether a character is at {@code scan}, reading more text when the buffer is used up. */
    private boolean available() throws IOException {
        return scan < end || refill();
    }

    private void consumeLineEnd() throws IOException {
        if (pos >= end && !fill()) {
            return;
        }
        char c = buf[pos];
        if (c == '\n') {
            pos++;
            lines++;
        } else if (c == '\r') {
            pos++;
            lines++;
            if (pos >= end) {
                fill();
            }
            if (pos < end && buf[pos] == '\n') {
                pos++;
            }
        }
    }

    /** Reads more text after a consumed buffer; false at the end of the text. */
    private boolean fill() throws IOException {
        pos = 0;
        end = 0;
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        end = n;
        return true;
    }

    /**
     * Makes room for more text while a record is read: moves the record to the front of the buffer
     * (or grows it, up to the record bound), reads more, and moves the indexes with it; false at the
     * end of the text.
     */
    private boolean refill() throws IOException {
        while (!eof && scan >= end) {
            if (end - pos > maxRecordChars) {
                throw new TooLong();
            }
            int shift = pos;
            if (shift > 0) {
                System.arraycopy(buf, pos, buf, 0, end - pos);
                end -= shift;
                pos = 0;
                scan -= shift;
                mark -= shift;
            }
            if (end == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
        return scan < end;
    }

    /** Closes the text (a file opened for reading only: nothing to flush). */
    void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only input
        }
    }

    /** A record longer than the bound. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("record too long");
        }
    }

    /** A quoting error: Commons CSV's wording of it, and the physical line it was found on. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        Malformed(String message, long line) {
            super(message);
            this.line = line;
        }
    }
}
