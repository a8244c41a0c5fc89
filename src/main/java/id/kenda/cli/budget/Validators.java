package id.kenda.cli.budget;

import id.kenda.budget.PriceIndex;
import id.kenda.budget.Validator;
import id.kenda.cli.Console;
import id.kenda.cli.TenantScope;
import id.kenda.core.Progress;
import id.kenda.tenant.TenantSpec;

import java.math.BigDecimal;
import java.util.Map;

/** The one set-up of a tenant's validator, for validate and import alike: its price index, PPN policy and agency list. */
final class Validators {
    private Validators() {
    }

    /**
     * The validator of a tenant's year; warns once when the year has no SSH, since every priced line
     * will then be item-not-found. The price index is read from its stored copy when current, else
     * built and, unless {@code dryRun}, stored for the next run.
     */
    static Validator of(TenantScope scope, int year, Map<String, BigDecimal> pagu, int maxFindings, Console console, Progress progress, boolean dryRun) {
        TenantSpec spec = scope.spec().withDefaults();
        PriceIndex prices = PriceIndex.loadCached(scope.db().dsl(), scope.code(), year, spec.unitAliases(), progress, console::debug, !dryRun);
        if (prices.size() == 0) {
            console.warn("tenant " + scope.code() + " has no SSH for " + year + ": every priced line will be item-not-found");
        }
        return new Validator(prices, new Validator.Policy(spec.pricing().sshIncludesPpn(), spec.pricing().ppnRates()), pagu, maxFindings, progress)
                .skpdList(spec.skpdCodes());
    }
}
