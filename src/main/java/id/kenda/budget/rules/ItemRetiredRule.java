package id.kenda.budget.rules;

import id.kenda.budget.Rule;

import java.util.Set;

/** {@code item-retired}: the item is only in an earlier revision of the year's SSH. */
public final class ItemRetiredRule implements BudgetRule {
    @Override
    public Rule id() {
        return Rule.ITEM_RETIRED;
    }

    @Override
    public Set<Needs> needs() {
        return Set.of(Needs.ITEM);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (l.item().retired()) {
            out.add(l, Rule.ITEM_RETIRED, l.code() != null ? "kode_barang" : "nama_komponen", l.code() != null ? l.code() : l.name(),
                    "an item of the active revision", "the item is only in an earlier revision (" + l.item().revision()
                            + ") of the SSH: update the line to the current price list");
        }
    }
}
