package id.kenda.budget.rules;

/**
 * A set of line fingerprints for a whole file in bounded memory: 4,096 open-addressing tables of
 * 64-bit values, the table chosen by 12 further bits of the fingerprint. A table is filled to at
 * most 85% and grows by a quarter, so a line costs about 10 bytes (5,000,000 lines: about 50 MB)
 * and growing copies one small table, never the set.
 *
 * <p>The fingerprint is 76 bits. Two different lines share one with odds of about one in
 * 10<sup>10</sup> in a file of 5,000,000 lines; such a pair would be reported as a repeat.
 */
final class FingerprintSet {
    private static final int TABLE_BITS = 12;
    private final long[][] tables = new long[1 << TABLE_BITS][];
    private final int[] sizes = new int[1 << TABLE_BITS];

    /**
     * Adds the fingerprint made of {@code value} (64 bits) and the top 12 bits of {@code table};
     * false when it was there already.
     */
    boolean add(long value, long table) {
        int t = (int) (table >>> (64 - TABLE_BITS));
        long v = value == 0 ? 1 : value;
        long[] keys = tables[t];
        if (keys == null) {
            keys = tables[t] = new long[64];
        } else if ((sizes[t] + 1) * 20L > keys.length * 17L) {
            keys = tables[t] = grow(keys);
        }
        int n = keys.length;
        for (int i = slot(v, n); ; i = i + 1 == n ? 0 : i + 1) {
            if (keys[i] == v) {
                return false;
            }
            if (keys[i] == 0) {
                keys[i] = v;
                sizes[t]++;
                return true;
            }
        }
    }

    /** The home slot of {@code v} in a table of {@code n}: the high 32 bits scaled to n, no power of two needed. */
    private static int slot(long v, int n) {
        return (int) (((v >>> 32) * n) >>> 32);
    }

    private static long[] grow(long[] old) {
        long[] keys = new long[old.length + old.length / 4];
        int n = keys.length;
        for (long v : old) {
            if (v != 0) {
                int i = slot(v, n);
                while (keys[i] != 0) {
                    i = i + 1 == n ? 0 : i + 1;
                }
                keys[i] = v;
            }
        }
        return keys;
    }
}
