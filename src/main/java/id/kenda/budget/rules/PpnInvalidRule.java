package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import java.math.BigDecimal;
import java.util.List;

import java.util.Set;

/** {@code ppn-invalid}: PPN unreadable, or not one of the tenant's rates (default 0, 11, 12). */
public final class PpnInvalidRule implements BudgetRule {
    private final List<BigDecimal> rates;
    private final String ratesText;

    public PpnInvalidRule(List<BigDecimal> rates) {
        this.rates = List.copyOf(rates);
        this.ratesText = String.join(", ", rates.stream().map(x -> x.stripTrailingZeros().toPlainString()).toList());
    }

    @Override
    public Rule id() {
        return Rule.PPN_INVALID;
    }

    @Override
    public Set<Needs> needs() {
        return Set.of();
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (l.ppnProblem() != null) {
            out.add(l, Rule.PPN_INVALID, "ppn", l.ppnText(), "a percentage", "PPN " + l.ppnProblem());
            return;
        }
        BigDecimal ppn = l.ppn();
        for (BigDecimal r : rates) {
            if (r.compareTo(ppn) == 0) {
                return;
            }
        }
        out.add(l, Rule.PPN_INVALID, "ppn", ppn.toPlainString(), ratesText, "PPN " + ppn.toPlainString() + " % is not an allowed rate (" + ratesText + ")");
    }
}
