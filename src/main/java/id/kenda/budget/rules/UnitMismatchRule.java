package id.kenda.budget.rules;

import id.kenda.budget.PriceIndex;
import id.kenda.budget.Rule;
import id.kenda.core.Text;

/** {@code unit-mismatch}: the unit differs from the item's after normalising case, spaces around '/' and the tenant's aliases. */
public final class UnitMismatchRule extends BaseRule {
    private final PriceIndex prices;

    public UnitMismatchRule(PriceIndex prices) {
        super(Rule.UNIT_MISMATCH, Needs.ITEM, Needs.UNIT);
        this.prices = prices;
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (!prices.unitKey(l.unit()).equals(l.item().unitKey())) {
            out.add(l, Rule.UNIT_MISMATCH, "satuan", l.unit(), l.item().unit(), Text.of("unitMismatch", l.unit(), l.item().unit()));
        }
    }
}
