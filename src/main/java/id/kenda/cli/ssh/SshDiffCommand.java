package id.kenda.cli.ssh;

import id.kenda.pricelist.Kind;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.Revisions;
import id.kenda.pricelist.Diff;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "diff", description = {"What changed between two revisions: items added, removed, and changed (old and new price, percent),",
    "with a summary of the price movement. Default: the active revision of --kind and --year against the one before it."})
public final class SshDiffCommand extends BaseCommand {
    @Option(names = "--from", paramLabel = "REV", description = "the older revision")
    Integer from;

    @Option(names = "--to", paramLabel = "REV", description = "the newer revision (default: the active one)")
    Integer to;

    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "ssh", converter = Choices.Kinds.class, completionCandidates = Choices.Kinds.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Kind kindOption;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N items of each change (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    protected int run() {
        String tenant = tenantCode();
        String kind = kindOption.name();
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            Revisions revs = new Revisions(scope.db().dsl(), tenant);
            Revisions.Info newer = to != null ? revs.find(to).orElseThrow(() -> missing(to))
                    : revs.active(Revisions.Dataset.SSH, y, kind).orElse(null);
            if (newer == null) {
                return nothingToCompare(tenant, "no " + kind + " revision for " + y + " yet");
            }
            Revisions.Info older;
            if (from != null) {
                older = revs.find(from).orElseThrow(() -> missing(from));
            } else {
                older = revs.list(Revisions.Dataset.SSH, newer.fiscalYear(), newer.kind()).stream().filter(r -> r.id() < newer.id()).findFirst()
                        .orElse(null);
                if (older == null) {
                    return nothingToCompare(tenant, "revision " + newer.id() + " is the only " + newer.kind() + " revision of " + newer.fiscalYear());
                }
            }
            if (!older.dataset().equals(Revisions.Dataset.SSH.id) || !newer.dataset().equals(Revisions.Dataset.SSH.id)) {
                throw KendaException.usage("revisions " + older.id() + " and " + newer.id() + " are not both price lists", null);
            }
            Diff.Counts c = Diff.counts(scope.db().dsl(), tenant, older.id(), newer.id());
            List<Diff.Entry> items = Diff.entries(scope.db().dsl(), tenant, older.id(), newer.id(), Math.max(1, limit));
            Diff.Movement summary = Diff.movement(scope.db().dsl(), tenant, older.id(), newer.id());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tenant", tenant);
            json.put("from", older.id());
            json.put("to", newer.id());
            json.put("added", c.added());
            json.put("changed", c.changed());
            json.put("removed", c.removed());
            json.put("summary", summary);
            json.put("items", items);
            Table t = new Table("change", "code", "name", "unit", "oldPrice", "newPrice", "changePct");
            items.forEach(e -> t.row(e.change(), e.code(), e.name(), e.unit(), e.oldPrice(), e.newPrice(), e.changePct()));
            console().result(json, t);
            console().info("revision " + older.id() + " -> " + newer.id() + ": " + c.added() + " added, " + c.changed() + " changed, "
                    + c.removed() + " removed; prices up " + summary.increased() + ", down " + summary.decreased()
                    + (summary.medianChangePct() == null ? "" : ", median change " + summary.medianChangePct() + " %"));
            return ExitCode.OK;
        }
    }

    /** One revision (or none) is not an error: a cron job diffing after every import gets 0 and an empty result. */
    private int nothingToCompare(String tenant, String why) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tenant", tenant);
        json.put("from", null);
        json.put("to", null);
        json.put("added", 0);
        json.put("changed", 0);
        json.put("removed", 0);
        json.put("summary", Map.of());
        json.put("items", List.of());
        console().result(json, new Table("change", "code", "name", "unit", "oldPrice", "newPrice", "changePct"));
        console().info("nothing to compare: " + why);
        return ExitCode.OK;
    }

    private static KendaException missing(int id) {
        return KendaException.usage("no revision " + id, "'kenda ssh revisions' lists them");
    }
}
