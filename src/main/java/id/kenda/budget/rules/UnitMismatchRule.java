package id.kenda.budget.rules;

import id.kenda.budget.PriceIndex;
import id.kenda.budget.Rule;

import java.util.Set;

/** {@code unit-mismatch}: the unit differs from the item's after normalising case, spaces around '/' and the tenant's aliases. */
public final class UnitMismatchRule implements BudgetRule {
    private final PriceIndex prices;

    public UnitMismatchRule(PriceIndex prices) {
        this.prices = prices;
    }

    @Override
    public Rule id() {
        return Rule.UNIT_MISMATCH;
    }

    @Override
    public Set<Needs> needs() {
        return Set.of(Needs.ITEM, Needs.UNIT);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (!prices.unitKey(l.unit()).equals(l.item().unitKey())) {
            out.add(l, Rule.UNIT_MISMATCH, "satuan", l.unit(), l.item().unit(), "satuan '" + l.unit() + "' differs from the SSH unit '"
                    + l.item().unit() + "'");
        }
    }
}
