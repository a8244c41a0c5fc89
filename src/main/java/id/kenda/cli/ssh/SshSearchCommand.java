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
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "search", description = "Search the active price lists by code, name or spec (every word must match; case and accents ignored).")
public final class SshSearchCommand extends BaseCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "words to look for")
    List<String> words;

    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most N results (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    protected int run() {
        String tenant = tenantCode();
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            List<PriceLists.Item> hits = new PriceLists(scope.db().dsl(), tenant).search(String.join(" ", words), y, Math.max(1, limit));
            Table t = new Table("code", "name", "spec", "unit", "price", "kind", "revision");
            hits.forEach(i -> t.row(i.code(), i.name(), i.spec(), i.unit(), i.price(), i.kind(), i.revision()));
            console().result(Renderers.fields("tenant", tenant, "fiscalYear", y, "count", hits.size(), "items", hits), t);
            if (hits.isEmpty()) {
                console().info("no items match '" + String.join(" ", words) + "' in " + y);
            }
            return ExitCode.OK;
        }
    }
}
