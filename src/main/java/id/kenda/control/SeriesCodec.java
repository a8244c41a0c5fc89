package id.kenda.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The layout of {@code realization_series.months}: one sub kegiatan's months as the realisation
 * rows store them. A version byte, then per reported month (any order, each once): the month
 * (1-12), a mask of the figures it gives (bit 0 pagu, 1 rak, 2 realisasi, 3 rencana fisik,
 * 4 realisasi fisik), and each given figure in hundredths, rounded half up as the NUMERIC(…, 2)
 * columns round it: an 8-byte big-endian long, or {@link Long#MIN_VALUE} followed by a 2-byte
 * length and the two's-complement bytes when it does not fit one.
 */
final class SeriesCodec {
    static final byte VERSION = 1;
    static final int FIGURES = 5;

    private SeriesCodec() {
    }

    /** One sub kegiatan's months as an import reads them, encoded as they come (a few bytes a month, not five objects). */
    static final class Builder {
        private byte[] buf = new byte[64];
        private int len = 1;

        Builder() {
            buf[0] = VERSION;
        }

        /** Adds a month; a null figure is one the month does not give. */
        void month(int month, BigDecimal... figures) {
            if (month < 1 || month > 12 || figures.length != FIGURES) {
                throw new IllegalArgumentException("month " + month + " with " + figures.length + " figures");
            }
            int mask = 0;
            for (int i = 0; i < FIGURES; i++) {
                mask |= figures[i] == null ? 0 : 1 << i;
            }
            ensure(2);
            buf[len++] = (byte) month;
            buf[len++] = (byte) mask;
            for (BigDecimal f : figures) {
                if (f != null) {
                    put(f.setScale(2, RoundingMode.HALF_UP).unscaledValue());
                }
            }
        }

        private void put(BigInteger hundredths) {
            if (hundredths.bitLength() < 64 && hundredths.longValue() != Long.MIN_VALUE) {
                putLong(hundredths.longValue());
                return;
            }
            byte[] b = hundredths.toByteArray();
            putLong(Long.MIN_VALUE);
            ensure(2 + b.length);
            buf[len++] = (byte) (b.length >>> 8);
            buf[len++] = (byte) b.length;
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        private void putLong(long v) {
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

        byte[] toBytes() {
            return Arrays.copyOf(buf, len);
        }
    }

    /** The figures of one month, indexed as the mask bits; null where the month gives none. The array is reused. */
    interface Sink {
        void month(int month, BigDecimal[] figures);
    }

    /** Reads what {@link Builder} wrote; a malformed value is an {@link IllegalArgumentException}. */
    static void decode(byte[] data, Sink sink) {
        ByteBuffer b = ByteBuffer.wrap(data);
        try {
            if (b.get() != VERSION) {
                throw new IllegalArgumentException("series version " + data[0] + " is not " + VERSION);
            }
            BigDecimal[] figures = new BigDecimal[FIGURES];
            // a figure equal to the one before it is the same object (pagu is one value all year):
            // a 50,000 sub kegiatan summary holds a tenth fewer objects
            BigDecimal[] last = new BigDecimal[FIGURES];
            long[] lastHundredths = new long[FIGURES];
            while (b.hasRemaining()) {
                int month = b.get();
                int mask = b.get();
                if (month < 1 || month > 12 || mask >>> FIGURES != 0) {
                    throw new IllegalArgumentException("series month " + month + " with mask " + mask);
                }
                for (int i = 0; i < FIGURES; i++) {
                    figures[i] = (mask & 1 << i) == 0 ? null : value(b, last, lastHundredths, i);
                }
                sink.month(month, figures);
            }
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("series cut short at byte " + b.position() + " of " + data.length, e);
        }
    }

    private static BigDecimal value(ByteBuffer b, BigDecimal[] last, long[] lastHundredths, int figure) {
        long v = b.getLong();
        if (v != Long.MIN_VALUE) {
            if (last[figure] == null || lastHundredths[figure] != v) {
                last[figure] = BigDecimal.valueOf(v, 2);
                lastHundredths[figure] = v;
            }
            return last[figure];
        }
        byte[] big = new byte[b.getShort() & 0xffff];
        b.get(big);
        return new BigDecimal(new BigInteger(big), 2);
    }
}
