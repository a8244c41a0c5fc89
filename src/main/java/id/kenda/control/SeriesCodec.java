package id.kenda.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The layout of {@code realization_series.series}: the years of up to {@link Chunk#LIMIT} bytes'
 * worth of sub kegiatan in one value, so that a summary of 50,000 sub kegiatan reads a few hundred
 * rows, not 50,000 (read cold, the row-per-sub-kegiatan table took seven times as long).
 *
 * <p>Version 4, written since 2026-12-07: a version byte; per sub kegiatan: its code, SKPD code,
 * SKPD name and name, each a varint: 0 for none, 1 for the same text as the sub kegiatan before it
 * in the chunk (an SKPD's code and name repeat down its sub kegiatan), else the UTF-8 length plus
 * two and the bytes; the number of months it reports; and per month (any order, each once): a byte
 * holding the month (1-12) in its low four bits and, in its top bit, whether a figure of the month
 * is beyond a long in hundredths; a mask of the figures it gives (bit 0 pagu, 1 rak, 2 realisasi,
 * 3 rencana fisik, 4 realisasi fisik); when the top bit is set, a mask of those beyond a long; and
 * each given figure in hundredths, rounded half up as the NUMERIC(…, 2) columns round it: the
 * difference from the same figure's previous value in this sub kegiatan (0 before the first),
 * wrapping as long arithmetic wraps, zigzag-encoded as a varint of 1 to 10 bytes; one beyond a
 * long as a 2-byte length and its two's-complement bytes. Last, the CRC-32C of every byte before
 * it, 4 bytes big-endian: a flipped bit in a difference would otherwise decode to a wrong figure
 * that looks right. A pagu that stays the same month to month takes one byte; a summary of 50,000
 * sub kegiatan reads less than half the bytes of version 2.
 *
 * <p>Version 3 (read, no longer written; stored on 2026-12-07 only): version 4 without the CRC.
 *
 * <p>Version 2 (read, no longer written): each text a varint of its UTF-8 length plus one (0 for
 * none) and the bytes; the month byte is the month alone; each figure an 8-byte big-endian long,
 * or {@link Long#MIN_VALUE} followed by a 2-byte length and the two's-complement bytes when it does
 * not fit one.
 */
final class SeriesCodec {
    static final byte VERSION = 4;
    /** The versions written before {@link #VERSION}: still read. */
    static final byte VERSION_3 = 3;
    static final byte VERSION_2 = 2;
    /** The bytes of the CRC that ends a chunk of the current version. */
    static final int CHECK = 4;
    static final int FIGURES = 5;

    private SeriesCodec() {
    }

    /** One sub kegiatan's months as an import reads them, encoded as they come (a few bytes a month, not five objects). */
    static final class Months {
        private final Bytes out = new Bytes(64);
        private final long[] previous = new long[FIGURES];
        private int count;

        /** Adds a month; a null figure is one the month does not give. */
        void month(int month, BigDecimal... figures) {
            if (month < 1 || month > 12 || figures.length != FIGURES) {
                throw new IllegalArgumentException("month " + month + " with " + figures.length + " figures");
            }
            int mask = 0;
            int wide = 0;
            BigInteger[] hundredths = new BigInteger[FIGURES];
            for (int i = 0; i < FIGURES; i++) {
                hundredths[i] = figures[i] == null ? null : figures[i].setScale(2, RoundingMode.HALF_UP).unscaledValue();
                mask |= figures[i] == null ? 0 : 1 << i;
                wide |= hundredths[i] != null && hundredths[i].bitLength() >= 64 ? 1 << i : 0;
            }
            out.put(wide == 0 ? month : month | 0x80);
            out.put(mask);
            if (wide != 0) {
                out.put(wide);
            }
            for (int i = 0; i < FIGURES; i++) {
                if (hundredths[i] == null) {
                    continue;
                }
                if ((wide & 1 << i) != 0) {
                    byte[] b = hundredths[i].toByteArray();
                    out.put(b.length >>> 8);
                    out.put(b.length);
                    out.put(b, b.length);
                } else {
                    long v = hundredths[i].longValue();
                    long delta = v - previous[i];
                    out.putVarint(delta << 1 ^ delta >> 63);
                    previous[i] = v;
                }
            }
            count++;
        }

        /** The months a series holds, as read from its rows. */
        static Months of(ControlEngine.Series s) {
            Months out = new Months();
            BigDecimal[] figures = new BigDecimal[FIGURES];
            for (int m = 1; m <= 12; m++) {
                boolean any = false;
                for (int f = 0; f < FIGURES; f++) {
                    figures[f] = s.get(f, m);
                    any |= figures[f] != null;
                }
                if (any) {
                    out.month(m, figures);
                }
            }
            return out;
        }
    }

    /** The series of consecutive sub kegiatan that make one stored value. */
    static final class Chunk {
        /** A chunk is closed once it holds this many bytes (a sub kegiatan of twelve months takes about 210). */
        static final int LIMIT = 64 * 1024;
        private final Bytes out = new Bytes(LIMIT + 4096);
        // the texts of the sub kegiatan before, field by field
        private final String[] previous = new String[4];

        Chunk() {
            out.put(VERSION);
        }

        void add(String subKegiatan, String skpd, String skpdName, String name, Months months) {
            if (months.count > 12) {
                throw new IllegalArgumentException(subKegiatan + " reports " + months.count + " months");
            }
            string(0, subKegiatan);
            string(1, skpd);
            string(2, skpdName);
            string(3, name);
            out.put(months.count);
            out.put(months.out.buf, months.out.len);
        }

        private void string(int field, String s) {
            if (s == null) {
                out.put(0);
            } else if (s.equals(previous[field])) {
                out.put(1);
            } else {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.putVarint(b.length + 2L);
                out.put(b, b.length);
            }
            previous[field] = s;
        }

        boolean full() {
            return out.len >= LIMIT;
        }

        boolean isEmpty() {
            return out.len == 1;
        }

        /** The chunk as stored: its bytes and their CRC. */
        byte[] toBytes() {
            byte[] b = Arrays.copyOf(out.buf, out.len + CHECK);
            ByteBuffer.wrap(b).putInt(out.len, crc(b, out.len));
            return b;
        }
    }

    /** Cuts consecutive sub kegiatan (in code order) into chunks and hands each on, numbered from 0. */
    static final class Writer {
        /** Takes one chunk: a row of {@code realization_series}. */
        interface Out {
            void chunk(int chunkNo, byte[] series) throws java.sql.SQLException;
        }

        private final Out out;
        private Chunk chunk = new Chunk();
        private int chunks;

        Writer(Out out) {
            this.out = out;
        }

        void add(String subKegiatan, String skpd, String skpdName, String name, Months months) throws java.sql.SQLException {
            chunk.add(subKegiatan, skpd, skpdName, name, months);
            if (chunk.full()) {
                out.chunk(chunks++, chunk.toBytes());
                chunk = new Chunk();
            }
        }

        /** Hands on the last chunk; the number of chunks. */
        int finish() throws java.sql.SQLException {
            if (!chunk.isEmpty()) {
                out.chunk(chunks++, chunk.toBytes());
                chunk = new Chunk();
            }
            return chunks;
        }
    }

    /** Where decoded sub kegiatan go: each gives the sink its months are decoded into. */
    interface Entries {
        Sink series(String subKegiatan, String skpd, String skpdName, String name);
    }

    /** Where one sub kegiatan's decoded figures go: figure (the mask bit) of a month, once per month that gives it. */
    interface Sink {
        /** A figure in hundredths. */
        void hundredths(int figure, int month, long hundredths);

        /** A figure beyond a long in hundredths, at scale 2. */
        void set(int figure, int month, BigDecimal value);
    }

    /** Whether a stored chunk is in the layout written now (an earlier one is read, and written again when its file is re-imported). */
    static boolean isCurrent(byte[] data) {
        return data.length > 0 && data[0] == VERSION;
    }

    /**
     * Reads what {@link Chunk} wrote (or, in an earlier version, once wrote); the number of months
     * read (a realisation row each). A malformed value is an {@link IllegalArgumentException}.
     */
    static long decode(byte[] data, Entries entries) {
        if (data.length == 0 || data[0] != VERSION && data[0] != VERSION_3 && data[0] != VERSION_2) {
            throw new IllegalArgumentException("series version " + (data.length == 0 ? "missing" : data[0]) + " is not "
                    + VERSION + ", " + VERSION_3 + " or " + VERSION_2);
        }
        int end = data.length;
        if (data[0] == VERSION) {
            end -= CHECK;
            if (end < 1) {
                throw new IllegalArgumentException("series chunk of " + data.length + " bytes has no room for its CRC");
            }
            if (ByteBuffer.wrap(data).getInt(end) != crc(data, end)) {
                throw new IllegalArgumentException("series chunk of " + data.length + " bytes fails its CRC");
            }
        }
        if (end == 1) {
            throw new IllegalArgumentException("series chunk of no sub kegiatan (none is ever stored)");
        }
        Reader r = data[0] == VERSION_2 ? new Reader2(data) : new Reader(data, end);
        long read = 0;
        while (r.p < end) {
            String sub = r.string(0);
            String skpd = r.string(1);
            String skpdName = r.string(2);
            String name = r.string(3);
            if (sub == null || skpd == null) {
                throw new IllegalArgumentException("series without a sub kegiatan or SKPD code before byte " + r.p);
            }
            Sink sink = entries.series(sub, skpd, skpdName, name);
            int months = r.u8();
            if (months > 12) {
                throw new IllegalArgumentException("series of " + sub + " with " + months + " months");
            }
            java.util.Arrays.fill(r.previous, 0);
            for (int k = 0; k < months; k++) {
                r.month(sink);
            }
            read += months;
        }
        return read;
    }

    private static int crc(byte[] data, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(data, 0, length);
        return (int) crc.getValue();
    }

    /** Reads versions 4 and 3, up to the CRC. */
    private static class Reader {
        final byte[] data;
        /** Where the sub kegiatan end. */
        final int end;
        int p = 1;
        final String[] texts = new String[4];
        final long[] previous = new long[FIGURES];

        Reader(byte[] data, int end) {
            this.data = data;
            this.end = end;
        }

        void need(int n) {
            if (end - p < n) {
                throw new IllegalArgumentException("series cut short at byte " + p + " of " + end);
            }
        }

        int u8() {
            need(1);
            return data[p++] & 0xff;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = u8();
                if (shift == 63 && b > 1) {
                    throw new IllegalArgumentException("series varint beyond 64 bits at byte " + p);
                }
                v |= (long) (b & 0x7f) << shift;
                if (b < 0x80) {
                    return v;
                }
            }
        }

        String string(int field) {
            long v = varint();
            if (v == 0) {
                texts[field] = null;
            } else if (v == 1) {
                if (texts[field] == null) {
                    throw new IllegalArgumentException("series text the same as none before it at byte " + p);
                }
            } else {
                int n = text(v - 2);
                texts[field] = new String(data, p, n, StandardCharsets.UTF_8);
                p += n;
            }
            return texts[field];
        }

        /** The length of a text that follows, checked against what is left. */
        int text(long length) {
            if (length < 0 || length > end - p) {
                throw new IllegalArgumentException("series text of " + length + " bytes at byte " + p + " of " + end);
            }
            return (int) length;
        }

        void month(Sink sink) {
            int b = u8();
            int month = b & 0x0f;
            int mask = u8();
            int wide = (b & 0x80) == 0 ? 0 : u8();
            if (month < 1 || month > 12 || (b & 0x70) != 0 || mask >>> FIGURES != 0 || (b & 0x80) != 0 && (wide == 0 || (wide & ~mask) != 0)) {
                throw new IllegalArgumentException("series month byte " + b + " with mask " + mask + " and wide mask " + wide);
            }
            for (int i = 0; i < FIGURES; i++) {
                if ((mask & 1 << i) == 0) {
                    continue;
                }
                if ((wide & 1 << i) != 0) {
                    sink.set(i, month, wideValue());
                    continue;
                }
                long z = varint();
                long v = previous[i] + (z >>> 1 ^ -(z & 1));
                previous[i] = v;
                sink.hundredths(i, month, v);
            }
        }

        /** A figure beyond a long: a 2-byte length and the two's-complement bytes, at scale 2. */
        BigDecimal wideValue() {
            int n = u8() << 8 | u8();
            if (n == 0) {
                throw new IllegalArgumentException("series value of no bytes at byte " + p);
            }
            need(n);
            BigDecimal v = new BigDecimal(new BigInteger(data, p, n), 2);
            p += n;
            return v;
        }
    }

    /** Reads version 2. */
    private static final class Reader2 extends Reader {
        Reader2(byte[] data) {
            super(data, data.length);
        }

        @Override
        String string(int field) {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = u8();
                if (shift > 21) {
                    throw new IllegalArgumentException("series text length too long at byte " + p);
                }
                v |= (b & 0x7f) << shift;
                if (b < 0x80) {
                    break;
                }
            }
            if (v == 0) {
                return null;
            }
            need(v - 1);
            String s = new String(data, p, v - 1, StandardCharsets.UTF_8);
            p += v - 1;
            return s;
        }

        @Override
        void month(Sink sink) {
            int month = u8();
            int mask = u8();
            if (month < 1 || month > 12 || mask >>> FIGURES != 0) {
                throw new IllegalArgumentException("series month " + month + " with mask " + mask);
            }
            for (int i = 0; i < FIGURES; i++) {
                if ((mask & 1 << i) == 0) {
                    continue;
                }
                need(8);
                long v = 0;
                for (int k = 0; k < 8; k++) {
                    v = v << 8 | data[p++] & 0xff;
                }
                if (v != Long.MIN_VALUE) {
                    sink.hundredths(i, month, v);
                } else {
                    sink.set(i, month, wideValue());
                }
            }
        }
    }

    /** A growing byte array. */
    private static final class Bytes {
        byte[] buf;
        int len;

        Bytes(int capacity) {
            buf = new byte[capacity];
        }

        void put(int b) {
            ensure(1);
            buf[len++] = (byte) b;
        }

        void put(byte[] b, int n) {
            ensure(n);
            System.arraycopy(b, 0, buf, len, n);
            len += n;
        }

        /** An unsigned varint: seven bits a byte, lowest first, the top bit set on all but the last. */
        void putVarint(long v) {
            ensure(10);
            while ((v & ~0x7fL) != 0) {
                buf[len++] = (byte) (v & 0x7f | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }
    }
}
