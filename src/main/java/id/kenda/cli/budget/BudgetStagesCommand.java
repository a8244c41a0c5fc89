package id.kenda.cli.budget;

import id.kenda.budget.stage.StoredStages;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.report.Col;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "stages", description = {
    "List the year's stored budget stages in order: stage, revision, lines, total, source, imported at.",
    "The last one listed is the pagu basis of control summaries."})
public final class BudgetStagesCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Override
    protected int run() {
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            List<StoredStages.Entry> stages = new StoredStages(scope.db().dsl(), scope.code()).entries(y);
            Table t = new Table(Col.code("stage"), Col.count("revision"), Col.count("lines"), Col.money("total"), Col.text("source"), Col.text("imported"));
            stages.forEach(s -> t.row(s.stage(), s.revision(), s.lines(), s.total(), s.source(), s.importedAt()));
            console().result(Renderers.fields("tenant", scope.code(), "fiscalYear", y, "stages", stages), t);
            if (stages.isEmpty()) {
                console().info("no budget for " + y + " (kenda budget import FILE --year " + y + " stores the murni)");
            }
            return ExitCode.OK;
        }
    }
}
