package id.kenda.budget.rules;

import id.kenda.budget.PriceIndex;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The rules of {@code budget validate}, in the order they run on each line (and so the order of a line's findings). */
public final class Rules {
    private Rules() {
    }

    /**
     * Every budget-line rule with the tenant's settings: PPN rates and whether its SSH includes PPN,
     * the price index (for unit aliases), the ceilings of {@code --pagu} (may be null), the
     * agency list (empty: no list) and, for a DPA-P file, the stored earlier stage its sebelum side
     * must match (name and sums per {@link StageMismatchRule#key}; null sums: not checked).
     */
    public static List<BudgetRule> standard(boolean sshIncludesPpn, List<BigDecimal> ppnRates, PriceIndex prices, Map<String, BigDecimal> pagu,
                                            Collection<String> knownSkpd, String previousStage, Map<String, BigDecimal> previousSums) {
        return List.of(
                new BadCodeRule(),
                new SkpdUnknownRule(knownSkpd),
                new PpnInvalidRule(ppnRates),
                new VolumeMismatchRule(),
                new TotalMismatchRule(),
                new ItemNotFoundRule(),
                new ItemRetiredRule(),
                new PriceAboveSshRule(sshIncludesPpn),
                new UnitMismatchRule(prices),
                new AccountNotAllowedRule(),
                new DuplicateLineRule(),
                new PaguExceededRule(pagu),
                new StageMismatchRule(previousStage, previousSums));
    }
}
