package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;

/** {@code item-retired}: the item is only in an earlier revision of the year's SSH. */
public final class ItemRetiredRule extends BaseRule {
    public ItemRetiredRule() {
        super(Rule.ITEM_RETIRED, Needs.ITEM);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (l.item().retired()) {
            out.add(l, Rule.ITEM_RETIRED, l.code() != null ? "kode_barang" : "nama_komponen", l.code() != null ? l.code() : l.name(),
                    Text.of("expected.itemOfActiveRevision"), Text.of("itemRetired", l.item().revision()));
        }
    }
}
