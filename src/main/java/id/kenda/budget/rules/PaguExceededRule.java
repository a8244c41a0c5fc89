package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import id.kenda.domain.Money;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code pagu-exceeded}: with a pagu file, the lines of a sub kegiatan sum above its ceiling; reported once, on the line that passes it. */
public final class PaguExceededRule extends BaseRule {
    private final Map<String, BigDecimal> pagu;
    private final Set<String> reported = new HashSet<>();

    public PaguExceededRule(Map<String, BigDecimal> pagu) {
        super(Rule.PAGU_EXCEEDED);
        this.pagu = pagu == null ? Map.of() : pagu;
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        String sub = l.subKegiatan();
        BigDecimal ceiling = sub == null ? null : pagu.get(sub);
        if (ceiling != null && l.subTotal().compareTo(ceiling) > 0 && reported.add(sub)) {
            out.add(l, Rule.PAGU_EXCEEDED, "jumlah", Money.clean(l.subTotal()).toPlainString(), Money.clean(ceiling).toPlainString(),
                    Text.of("paguExceeded", sub, Money.rupiah(l.subTotal()), Money.rupiah(ceiling)));
        }
    }
}
