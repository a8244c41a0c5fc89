package id.kenda.cli.ssh;

import id.kenda.cli.BaseCommand;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.pricelist.PriceLists;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "duplicates", description = "Items of the active price lists that share the community duplicate key (group, name, spec, unit, price).")
public final class SshDuplicatesCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N groups (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    protected int run() {
        String tenant = tenantCode();
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            List<PriceLists.DuplicateGroup> groups = new PriceLists(scope.db().dsl(), tenant).duplicates(y, Math.max(1, limit));
            Table t = new Table("count", "name", "spec", "unit", "price", "codes");
            groups.forEach(g -> t.row(g.codes().size(), g.name(), g.spec(), g.unit(), g.price(), String.join(" ", g.codes())));
            console().result(Renderers.fields("tenant", tenant, "fiscalYear", y, "groups", groups), t);
            console().info(groups.size() + " duplicate group" + (groups.size() == 1 ? "" : "s") + " in " + y);
            return ExitCode.OK;
        }
    }
}
