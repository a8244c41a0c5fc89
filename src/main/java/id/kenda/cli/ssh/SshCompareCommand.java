package id.kenda.cli.ssh;

import id.kenda.cli.BaseCommand;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.pricelist.PriceLists;
import id.kenda.report.Table;
import id.kenda.tenant.Tenants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "compare", description = {"Set this region's active prices beside another region's, for the same item code or the same",
    "name, spec and unit: the ratio, and the items more than --threshold percent above the other region's price."})
public final class SshCompareCommand extends BaseCommand {
    @Option(names = "--with", paramLabel = "CODE", required = true, description = "the other region's code")
    String with;

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "10", description = "flag items this many percent above (default ${DEFAULT-VALUE})")
    BigDecimal threshold;

    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: this tenant's)")
    Integer year;

    @Option(names = "--all", description = "list every matched item, not only those above the threshold")
    boolean all;

    @Override
    protected int run() {
        String tenant = tenantCode();
        Tenants.requireCode(with);
        if (with.equals(tenant)) {
            throw KendaException.usage("--with names this tenant itself", "compare with another region");
        }
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            Tenants.require(scope.db(), with);
            List<PriceLists.Compared> rows = new PriceLists(scope.db().dsl(), tenant).compare(with, y);
            BigDecimal limit = BigDecimal.ONE.add(threshold.movePointLeft(2));
            List<PriceLists.Compared> matched = rows.stream().filter(r -> r.ratio() != null).toList();
            List<PriceLists.Compared> above = matched.stream().filter(r -> r.ratio().compareTo(limit) > 0)
                    .sorted(Comparator.comparing(PriceLists.Compared::ratio).reversed()).toList();
            List<PriceLists.Compared> shown = all ? matched : above;
            List<BigDecimal> ratios = matched.stream().map(PriceLists.Compared::ratio).sorted().toList();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tenant", tenant);
            json.put("with", with);
            json.put("fiscalYear", y);
            json.put("items", rows.size());
            json.put("matched", matched.size());
            json.put("thresholdPct", threshold);
            json.put("above", above.size());
            json.put("medianRatio", ratios.isEmpty() ? null : ratios.get(ratios.size() / 2));
            json.put("rows", shown);
            Table t = new Table("code", "name", "unit", "price", "otherPrice", "ratio", "matchedBy");
            shown.forEach(r -> t.row(r.code(), r.name(), r.unit(), r.price(), r.otherPrice(), r.ratio(), r.matchedBy()));
            console().result(json, t);
            console().info(tenant + " vs " + with + " (" + y + "): " + matched.size() + " of " + rows.size() + " items matched, "
                    + above.size() + " more than " + threshold.stripTrailingZeros().toPlainString() + " % above"
                    + (ratios.isEmpty() ? "" : ", median ratio " + ratios.get(ratios.size() / 2)));
            return ExitCode.OK;
        }
    }
}
