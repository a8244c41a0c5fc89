package id.kenda.io;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides how a text file is encoded: a BOM decides (UTF-8, UTF-16); otherwise UTF-8 when every
 * byte sequence is valid UTF-8, else Windows-1252 (what Excel on Indonesian Windows writes).
 * The scan also refuses NUL bytes, the mark of a binary file.
 */
public final class Encodings {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decision: the charset and how many BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength, String description) {
    }

    private Encodings() {
    }

    public static Detected detect(Path file, String forced) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        int bom = 0;
        Charset bomCharset = null;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            bom = 3;
            bomCharset = StandardCharsets.UTF_8;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            bom = 2;
            bomCharset = StandardCharsets.UTF_16LE;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            bom = 2;
            bomCharset = StandardCharsets.UTF_16BE;
        }
        String f = forced == null ? "auto" : forced.toLowerCase(Locale.ROOT);
        if (!f.equals("auto")) {
            Charset c = switch (f) {
                case "utf-8", "utf8" -> StandardCharsets.UTF_8;
                case "windows-1252", "cp1252", "latin1", "iso-8859-1" -> WINDOWS_1252;
                case "utf-16" -> bomCharset != null && bomCharset != StandardCharsets.UTF_8 ? bomCharset : StandardCharsets.UTF_16LE;
                default -> throw KendaException.usage("unknown --encoding '" + forced + "'", "use auto, utf-8, windows-1252 or utf-16");
            };
            int skip = bomCharset != null && (c == bomCharset || c.name().startsWith("UTF-16") && bomCharset.name().startsWith("UTF-16")) ? bom : 0;
            if (!c.name().startsWith("UTF-16")) {
                refuseNul(file, scan(file));
            }
            return new Detected(c, skip, c.name() + " (forced)");
        }
        if (bomCharset != null) {
            if (bomCharset == StandardCharsets.UTF_8) {
                refuseNul(file, scan(file));
            }
            return new Detected(bomCharset, bom, bomCharset.name() + " (byte order mark)");
        }
        ScanResult scan = scan(file);
        refuseNul(file, scan);
        return scan.validUtf8
                ? new Detected(StandardCharsets.UTF_8, 0, "UTF-8")
                : new Detected(WINDOWS_1252, 0, "windows-1252 (not valid UTF-8)");
    }

    private static void refuseNul(Path file, ScanResult scan) {
        if (scan.nulOffset >= 0) {
            throw new KendaException(ExitCode.DATA, file + ":" + scan.nulLine + ": the file contains a NUL byte (byte offset " + scan.nulOffset
                    + "): it is binary, or UTF-16 without a byte order mark", "save it from the spreadsheet as CSV (UTF-8) or XLSX");
        }
    }

    private record ScanResult(boolean validUtf8, long nulOffset, long nulLine) {
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /**
     * One pass over the bytes: valid UTF-8? any NUL byte? Eight bytes at a time: a word of ASCII
     * without NUL (most of any CSV) costs one test; only words with other bytes are looked at
     * byte by byte. The line of a NUL is counted only when there is one.
     */
    private static ScanResult scan(Path file) throws IOException {
        boolean valid = true;
        int pending = 0;
        long offset = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                int i = 0;
                while (i < n) {
                    if (pending == 0 && i + 8 <= n) {
                        long w = (long) LONGS.get(buf, i);
                        if ((w & HIGH_BITS) == 0 && ((w - LOW_BITS) & ~w & HIGH_BITS) == 0) {
                            i += 8;
                            continue;
                        }
                    }
                    int b = buf[i] & 0xff;
                    if (b == 0) {
                        return new ScanResult(valid, offset + i, lineAt(file, offset + i));
                    }
                    if (valid) {
                        if (pending > 0) {
                            if ((b & 0xC0) != 0x80) {
                                valid = false;
                                pending = 0;
                            } else {
                                pending--;
                            }
                        } else if (b >= 0x80) {
                            if (b >= 0xC2 && b <= 0xDF) {
                                pending = 1;
                            } else if (b >= 0xE0 && b <= 0xEF) {
                                pending = 2;
                            } else if (b >= 0xF0 && b <= 0xF4) {
                                pending = 3;
                            } else {
                                valid = false;
                            }
                        }
                    }
                    i++;
                }
                offset += n;
            }
        }
        return new ScanResult(valid && pending == 0, -1, -1);
    }

    /** The 1-based line of a byte offset (for the message about a NUL byte). */
    private static long lineAt(Path file, long offset) throws IOException {
        long line = 1;
        long at = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (at < offset && (n = in.read(buf)) > 0) {
                for (int i = 0; i < n && at < offset; i++, at++) {
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
            }
        }
        return line;
    }
}
