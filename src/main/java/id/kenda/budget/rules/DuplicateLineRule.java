package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import id.kenda.domain.Texts;

/**
 * {@code duplicate-line}: a repeat of an earlier line of the same SKPD and sub kegiatan (same
 * account, item, koefisien and price) anywhere in the file, once per repeat. A budget assembled
 * from several exports or sorted by account repeats lines far apart, so every line's fingerprint
 * is kept for the whole file ({@link FingerprintSet}: about 10 bytes a line, 5,000,000 lines in
 * about 50 MB).
 */
public final class DuplicateLineRule extends BaseRule {
    private final FingerprintSet seen = new FingerprintSet();

    public DuplicateLineRule() {
        super(Rule.DUPLICATE_LINE);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        Fingerprint f = new Fingerprint();
        f.add(l.skpd()).add(l.subKegiatan()).add(l.accountNorm());
        Long sipdId = l.sipdId();
        if (l.code() != null) {
            f.add("c").add(l.code());
        } else if (sipdId != null && sipdId > 0) {
            f.add("i").add(sipdId);
        } else {
            f.add("n").add(Texts.fold(nz(l.name())))
                    .add(l.spec() == null || l.spec().equals("-") ? "" : Texts.fold(l.spec()));
        }
        f.add(l.koefisienText());
        addPrice(f, l.price());
        if (!seen.add(f.value(), f.table())) {
            out.add(l, Rule.DUPLICATE_LINE, "kode_barang", l.code() != null ? l.code() : l.name(), null,
                    Text.of("duplicateLine"));
        }
    }

    /** The price by value, not by how it was written ({@code 1000} = {@code 1.000,00}): in hundredths where exact, else as plain text. */
    private static void addPrice(Fingerprint f, java.math.BigDecimal price) {
        if (price == null) {
            f.add("");
            return;
        }
        if (price.scale() == 0 && price.precision() <= 16) {
            f.add(price.longValue() * 100);
            return;
        }
        java.math.BigDecimal p = price.scale() > 2 ? price.stripTrailingZeros() : price;
        if (p.scale() <= 2 && p.precision() - p.scale() <= 16) {
            f.add(p.movePointRight(2).longValue());
        } else {
            f.add("~" + price.stripTrailingZeros().toPlainString());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Two independent 64-bit hashes over the key's fields, each field closed by a separator. */
    private static final class Fingerprint {
        private long a = 0xcbf29ce484222325L;
        private long b = 0x84222325cbf29ce4L;

        Fingerprint add(String s) {
            String t = s == null ? "" : s;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = Long.rotateLeft(b + c, 23) * 0x9e3779b97f4a7c15L;
            }
            a = (a ^ 0x1f) * 0x100000001b3L;
            b = Long.rotateLeft(b + 0x1f, 23) * 0x9e3779b97f4a7c15L;
            return this;
        }

        /** A number as four 16-bit units, closed by 0x1e (a text field closes with 0x1f): a number and a text never collide. */
        Fingerprint add(long v) {
            for (int i = 0; i < 64; i += 16) {
                char c = (char) (v >>> i);
                a = (a ^ c) * 0x100000001b3L;
                b = Long.rotateLeft(b + c, 23) * 0x9e3779b97f4a7c15L;
            }
            a = (a ^ 0x1e) * 0x100000001b3L;
            b = Long.rotateLeft(b + 0x1e, 23) * 0x9e3779b97f4a7c15L;
            return this;
        }

        long value() {
            return mix(a);
        }

        long table() {
            return mix(b);
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }
}
