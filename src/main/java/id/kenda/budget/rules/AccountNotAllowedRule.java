package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;

/** {@code account-not-allowed}: the item lists accounts and the line's is not one of them (compared by numeric segments). */
public final class AccountNotAllowedRule extends BaseRule {
    public AccountNotAllowedRule() {
        super(Rule.ACCOUNT_NOT_ALLOWED, Needs.ITEM, Needs.ACCOUNT);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        String[] allowed = l.item().accounts();
        if (allowed == null) {
            return;
        }
        for (String a : allowed) {
            if (a.equals(l.accountNorm())) {
                return;
            }
        }
        out.add(l, Rule.ACCOUNT_NOT_ALLOWED, "kode_rekening", l.account(), l.item().accountsShown(),
                Text.of("accountNotAllowed", l.account(), l.item().accountsShown()));
    }
}
