package id.kenda.budget.rules;

/** A set of 64-bit line fingerprints, cleared per sub kegiatan so memory stays fixed. */
final class LongSet {
    private long[] keys = new long[256];
    private int size;
    private boolean hasZero;

    boolean add(long k) {
        if (k == 0) {
            boolean was = hasZero;
            hasZero = true;
            return !was;
        }
        if ((size + 1) * 10 > keys.length * 7) {
            long[] old = keys;
            keys = new long[old.length * 2];
            size = 0;
            for (long o : old) {
                if (o != 0) {
                    add(o);
                }
            }
        }
        int mask = keys.length - 1;
        for (int i = (int) k & mask; ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return false;
            }
            if (keys[i] == 0) {
                keys[i] = k;
                size++;
                return true;
            }
        }
    }

    void clear() {
        if (size > 0 || hasZero) {
            if (keys.length > 4096) {
                keys = new long[256];
            } else {
                java.util.Arrays.fill(keys, 0);
            }
            size = 0;
            hasZero = false;
        }
    }
}
