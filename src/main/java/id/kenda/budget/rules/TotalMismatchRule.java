package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import id.kenda.domain.Money;

import java.math.BigDecimal;

/**
 * {@code total-mismatch}: jumlah differs from round-half-up(volume x harga x (1 + PPN/100)) by more
 * than 1 rupiah, or jumlah or harga satuan cannot be read (an unreadable price is reported here);
 * on a DPA-P line, bertambah_berkurang differs from setelah - sebelum.
 */
public final class TotalMismatchRule extends BaseRule {
    public TotalMismatchRule() {
        super(Rule.TOTAL_MISMATCH);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        checkChange(l, out);
        if (l.beforeText() != null && l.koefisienText() == null && l.volumeText() == null && l.jumlah() != null && l.jumlah().signum() == 0) {
            return;
        }
        if (l.priceProblem() != null) {
            out.add(l, Rule.TOTAL_MISMATCH, "harga_satuan", l.priceText(), Text.of("expected.number"), Text.of("price.problem", l.priceProblem()));
            return;
        }
        if (!l.jumlahColumn()) {
            return;
        }
        BigDecimal computed = l.computed();
        String expected = computed == null ? null : computed.toPlainString();
        if (l.jumlahText() == null) {
            out.add(l, Rule.TOTAL_MISMATCH, "jumlah", null, expected, Text.of("jumlah.empty"));
        } else if (l.jumlahProblem() != null) {
            out.add(l, Rule.TOTAL_MISMATCH, "jumlah", l.jumlahText(), expected, Text.of("jumlah.problem", l.jumlahProblem()));
        } else if (computed != null && l.jumlah().subtract(computed).abs().compareTo(BigDecimal.ONE) > 0) {
            out.add(l, Rule.TOTAL_MISMATCH, "jumlah", l.jumlah().toPlainString(), expected,
                    Text.of("jumlah.differs", Money.rupiah(l.jumlah()), Money.rupiah(computed)));
        }
    }

    /** The two sides of a changed budget's line and their difference as printed must agree exactly. */
    private static void checkChange(ParsedLine l, Findings out) {
        if (l.sideProblem() != null) {
            out.add(l, Rule.TOTAL_MISMATCH, l.changeText() != null ? "bertambah_berkurang" : "sebelum_jumlah",
                    l.changeText() != null ? l.changeText() : l.beforeText(), Text.of("expected.number"), Text.of("jumlah.problem", l.sideProblem()));
            return;
        }
        BigDecimal after = l.jumlah() != null ? l.jumlah() : l.computed();
        if (l.change() == null || after == null) {
            return;
        }
        BigDecimal before = l.before() == null ? BigDecimal.ZERO : l.before();
        BigDecimal expected = after.subtract(before);
        if (l.change().compareTo(expected) != 0) {
            out.add(l, Rule.TOTAL_MISMATCH, "bertambah_berkurang", l.change().toPlainString(), expected.toPlainString(),
                    Text.of("change.differs", Money.rupiah(l.change()), Money.rupiah(after), Money.rupiah(before), Money.rupiah(expected)));
        }
    }
}
