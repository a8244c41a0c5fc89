package id.kenda.budget.rules;

import id.kenda.budget.PriceIndex;
import id.kenda.budget.Rule;
import id.kenda.core.Text;

/**
 * {@code duplicate-line}: a repeat of an earlier line of the same SKPD and sub kegiatan block (same
 * account, item, koefisien and price), once per repeat. Lines are compared within a block, as SIPD
 * exports them, so memory holds one block's fingerprints, never the file.
 */
public final class DuplicateLineRule extends BaseRule {
    private final LongSet blockLines = new LongSet();
    private String block = "";

    public DuplicateLineRule() {
        super(Rule.DUPLICATE_LINE);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        String b = nz(l.skpd()) + "|" + nz(l.subKegiatan());
        if (!b.equals(block)) {
            block = b;
            blockLines.clear();
        }
        Long sipdId = l.sipdId();
        long identity = l.code() != null ? PriceIndex.hash(l.code()) : sipdId != null && sipdId > 0 ? PriceIndex.mix(sipdId)
                : PriceIndex.nameKey(nz(l.name()), l.spec());
        long key = PriceIndex.mix(PriceIndex.hash(nz(l.accountNorm())) * 31 + identity);
        key = PriceIndex.mix(key * 31 + PriceIndex.hash(nz(l.koefisienText())));
        key = PriceIndex.mix(key * 31 + (l.price() == null ? 0 : l.price().stripTrailingZeros().hashCode()));
        if (!blockLines.add(key)) {
            out.add(l, Rule.DUPLICATE_LINE, "kode_barang", l.code() != null ? l.code() : l.name(), null,
                    Text.of("duplicateLine"));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
