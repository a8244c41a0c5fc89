package id.kenda.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The layout of {@code realization_series.series}: the years of up to {@link Chunk#LIMIT} bytes'
 * worth of sub kegiatan in one value, so that a summary of 50,000 sub kegiatan reads a few hundred
 * rows, not 50,000 (read cold, the row-per-sub-kegiatan table took seven times as long).
 *
 * <p>A version byte, then per sub kegiatan: its code, SKPD code, SKPD name and name (each a
 * varint of the UTF-8 length plus one, 0 for none, and the bytes), the number of months it
 * reports, and per month (any order, each once): the month (1-12), a mask of the figures it gives
 * (bit 0 pagu, 1 rak, 2 realisasi, 3 rencana fisik, 4 realisasi fisik), and each given figure in
 * hundredths, rounded half up as the NUMERIC(…, 2) columns round it: an 8-byte big-endian long,
 * or {@link Long#MIN_VALUE} followed by a 2-byte length and the two's-complement bytes when it does
 * not fit one.
 */
final class SeriesCodec {
    static final byte VERSION = 2;
    static final int FIGURES = 5;

    private SeriesCodec() {
    }

    /** One sub kegiatan's months as an import reads them, encoded as they come (a few bytes a month, not five objects). */
    static final class Months {
        private final Bytes out = new Bytes(64);
        private int count;

        /** Adds a month; a null figure is one the month does not give. */
        void month(int month, BigDecimal... figures) {
            if (month < 1 || month > 12 || figures.length != FIGURES) {
                throw new IllegalArgumentException("month " + month + " with " + figures.length + " figures");
            }
            int mask = 0;
            for (int i = 0; i < FIGURES; i++) {
                mask |= figures[i] == null ? 0 : 1 << i;
            }
            out.put(month);
            out.put(mask);
            for (BigDecimal f : figures) {
                if (f != null) {
                    put(f.setScale(2, RoundingMode.HALF_UP).unscaledValue());
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

        private void put(BigInteger hundredths) {
            if (hundredths.bitLength() < 64 && hundredths.longValue() != Long.MIN_VALUE) {
                out.putLong(hundredths.longValue());
                return;
            }
            byte[] b = hundredths.toByteArray();
            out.putLong(Long.MIN_VALUE);
            out.put(b.length >>> 8);
            out.put(b.length);
            out.put(b, b.length);
        }
    }

    /** The series of consecutive sub kegiatan that make one stored value. */
    static final class Chunk {
        /** A chunk is closed once it holds this many bytes (a sub kegiatan takes about 550). */
        static final int LIMIT = 64 * 1024;
        private final Bytes out = new Bytes(LIMIT + 4096);

        Chunk() {
            out.put(VERSION);
        }

        void add(String subKegiatan, String skpd, String skpdName, String name, Months months) {
            if (months.count > 12) {
                throw new IllegalArgumentException(subKegiatan + " reports " + months.count + " months");
            }
            string(subKegiatan);
            string(skpd);
            string(skpdName);
            string(name);
            out.put(months.count);
            out.put(months.out.buf, months.out.len);
        }

        private void string(String s) {
            if (s == null) {
                out.put(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            for (int v = b.length + 1; ; v >>>= 7) {
                if (v < 0x80) {
                    out.put(v);
                    break;
                }
                out.put(v & 0x7f | 0x80);
            }
            out.put(b, b.length);
        }

        boolean full() {
            return out.len >= LIMIT;
        }

        boolean isEmpty() {
            return out.len == 1;
        }

        byte[] toBytes() {
            return Arrays.copyOf(out.buf, out.len);
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

    /** Reads what {@link Chunk} wrote; a malformed value is an {@link IllegalArgumentException}. */
    static void decode(byte[] data, Entries entries) {
        if (data.length == 0 || data[0] != VERSION) {
            throw new IllegalArgumentException("series version " + (data.length == 0 ? "missing" : data[0]) + " is not " + VERSION);
        }
        if (data.length == 1) {
            throw new IllegalArgumentException("series chunk of no sub kegiatan (none is ever stored)");
        }
        Reader r = new Reader(data);
        while (r.p < data.length) {
            String sub = r.string();
            String skpd = r.string();
            String skpdName = r.string();
            String name = r.string();
            if (sub == null || skpd == null) {
                throw new IllegalArgumentException("series without a sub kegiatan or SKPD code before byte " + r.p);
            }
            Sink sink = entries.series(sub, skpd, skpdName, name);
            int months = r.u8();
            if (months > 12) {
                throw new IllegalArgumentException("series of " + sub + " with " + months + " months");
            }
            for (int k = 0; k < months; k++) {
                r.month(sink);
            }
        }
    }

    private static final class Reader {
        final byte[] data;
        int p = 1;

        Reader(byte[] data) {
            this.data = data;
        }

        void need(int n) {
            if (data.length - p < n) {
                throw new IllegalArgumentException("series cut short at byte " + p + " of " + data.length);
            }
        }

        int u8() {
            need(1);
            return data[p++] & 0xff;
        }

        String string() {
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
                    continue;
                }
                int n = u8() << 8 | u8();
                if (n == 0) {
                    throw new IllegalArgumentException("series value of no bytes at byte " + p);
                }
                need(n);
                sink.set(i, month, new BigDecimal(new BigInteger(data, p, n), 2));
                p += n;
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

        void putLong(long v) {
            ensure(8);
            for (int s = 56; s >= 0; s -= 8) {
                buf[len++] = (byte) (v >>> s);
            }
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }
    }
}
