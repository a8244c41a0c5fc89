package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import id.kenda.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code price-above-ssh}: the unit price is above the SSH ceiling; compared with PPN on both sides
 * when the tenant's SSH includes PPN (then an unreadable PPN skips the comparison).
 */
public final class PriceAboveSshRule extends BaseRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final boolean sshIncludesPpn;

    public PriceAboveSshRule(boolean sshIncludesPpn) {
        super(Rule.PRICE_ABOVE_SSH, Needs.ITEM, Needs.PRICE);
        this.sshIncludesPpn = sshIncludesPpn;
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (sshIncludesPpn && l.ppnProblem() != null) {
            return;
        }
        BigDecimal price = l.price();
        BigDecimal compared = sshIncludesPpn ? price.multiply(BigDecimal.ONE.add(l.ppn().divide(HUNDRED))) : price;
        if (compared.compareTo(l.item().price()) > 0) {
            Text message = sshIncludesPpn
                    ? Text.of("priceAboveSsh.withPpn", Money.rupiah(price), Money.rupiah(compared.setScale(2, RoundingMode.HALF_UP)), Money.rupiah(l.item().price()))
                    : Text.of("priceAboveSsh", Money.rupiah(price), Money.rupiah(l.item().price()));
            out.add(l, Rule.PRICE_ABOVE_SSH, "harga_satuan", price.toPlainString(), Money.clean(l.item().price()).toPlainString(), message);
        }
    }
}
