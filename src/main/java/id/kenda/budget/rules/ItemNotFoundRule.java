package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;

/** {@code item-not-found}: no item of the year's active price lists matches the line. */
public final class ItemNotFoundRule extends BaseRule {
    public ItemNotFoundRule() {
        super(Rule.ITEM_NOT_FOUND, Needs.PRICED);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (l.item() != null) {
            return;
        }
        String code = l.code();
        Long sipdId = l.sipdId();
        Text what = code != null ? Text.of("itemNotFound.code", code) : sipdId != null && sipdId > 0 ? Text.of("itemNotFound.sipdId", sipdId)
                : Text.of("itemNotFound.name", l.name() == null ? "" : l.name());
        out.add(l, Rule.ITEM_NOT_FOUND, code != null ? "kode_barang" : sipdId != null ? "id_standar_harga" : "nama_komponen",
                code != null ? code : sipdId != null ? sipdId.toString() : l.name(), Text.of("expected.itemOfSsh"), what);
    }
}
