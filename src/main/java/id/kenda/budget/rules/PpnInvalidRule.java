package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import java.math.BigDecimal;
import java.util.List;

/** {@code ppn-invalid}: PPN unreadable, or not one of the tenant's rates (default 0, 11, 12). */
public final class PpnInvalidRule extends BaseRule {
    private final List<BigDecimal> rates;
    private final String ratesText;

    public PpnInvalidRule(List<BigDecimal> rates) {
        super(Rule.PPN_INVALID);
        this.rates = List.copyOf(rates);
        this.ratesText = String.join(", ", rates.stream().map(x -> x.stripTrailingZeros().toPlainString()).toList());
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (l.ppnProblem() != null) {
            out.add(l, Rule.PPN_INVALID, "ppn", l.ppnText(), Text.of("expected.percentage"), Text.of("ppn.problem", l.ppnProblem()));
            return;
        }
        BigDecimal ppn = l.ppn();
        for (BigDecimal r : rates) {
            if (r.compareTo(ppn) == 0) {
                return;
            }
        }
        out.add(l, Rule.PPN_INVALID, "ppn", ppn.toPlainString(), ratesText, Text.of("ppn.notAllowed", ppn.toPlainString(), ratesText));
    }
}
