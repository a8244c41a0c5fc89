package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** {@code skpd-unknown}: the tenant has an agency list and the line's SKPD is not in it. */
public final class SkpdUnknownRule extends BaseRule {
    private final Set<String> known;

    /** {@code known} empty or null: the tenant has no list, and the rule never fires. */
    public SkpdUnknownRule(Collection<String> known) {
        super(Rule.SKPD_UNKNOWN, Needs.CODES);
        this.known = known == null ? Set.of() : new HashSet<>(known);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (!known.isEmpty() && l.skpd() != null && !known.contains(l.skpd())) {
            out.add(l, Rule.SKPD_UNKNOWN, "kode_skpd", l.skpd(), Text.of("expected.skpdOfList"), Text.of("skpdUnknown", l.skpd()));
        }
    }
}
