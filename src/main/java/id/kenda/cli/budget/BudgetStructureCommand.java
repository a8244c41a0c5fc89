package id.kenda.cli.budget;

import id.kenda.budget.stage.Stage;
import id.kenda.budget.stage.StoredStages;
import id.kenda.budget.structure.StructureCheck;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.Revisions;
import id.kenda.domain.MandatorySpending;
import id.kenda.report.Col;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Optional;

@Command(name = "structure", description = {
    "Check the budget as a whole against the mandatory-spending shares: belanja-pegawai at most 30 %%",
    "(an error from 2027, a warning before), pendidikan at least 20 %%, infrastruktur at least 40 %% of spending",
    "without transfers (error from 2027), kesehatan shown only. Over a stored stage (default: the latest).",
    "Limits, functions and accounts per rule may be set in the tenant spec's 'structure'.",
    "Exit 1 when a rule at or above --fail-on (default error) fails, else 0."})
public final class BudgetStructureCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--stage", paramLabel = "STAGE", converter = Choices.Stages.class, completionCandidates = Choices.Stages.class,
            description = "the stage to check (default: the latest stored)")
    Stage stage;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = Choices.FindingLevels.class,
            completionCandidates = Choices.FindingLevels.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Choices.FindingLevel failOn;

    @Override
    protected int run() {
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            StoredStages stored = new StoredStages(scope.db().dsl(), scope.code());
            Optional<Revisions.Info> rev = stage == null ? stored.latest(y) : stored.of(y, stage);
            if (stage != null && rev.isEmpty() && stored.latest(y).isPresent()) {
                throw KendaException.usage("no " + stage + " budget is stored for " + y, "kenda budget stages --year " + y + " lists the stored stages");
            }
            StructureCheck.Result r = StructureCheck.run(scope.db().dsl(), scope.code(), y, rev.map(Revisions.Info::kind).orElse(null),
                    rev.map(Revisions.Info::id).orElse(null), MandatorySpending.rules(scope.spec().structure()));
            Table t = new Table(Col.code("id"), Col.money("numerator"), Col.money("base"), Col.percent("share"), Col.percent("limit"),
                    Col.term("direction"), Col.term("status"), Col.text("basis"));
            r.rules().forEach(x -> t.row(x.id(), x.numerator(), x.base(), x.share(), x.limit(), x.direction(), x.status(), x.basis()));
            if (rev.isEmpty()) {
                console().info("no budget for " + y + ": nothing to check (kenda budget import FILE --year " + y + " stores one)");
            } else {
                console().info("budget " + y + " (" + r.stage() + ", revision " + r.revision() + ") of " + scope.code() + ": total belanja "
                        + id.kenda.domain.Money.rupiah(r.totalBelanja()));
            }
            console().result(r, t);
            boolean fail = failOn.fails(r.failing("error"), r.failing("warning"));
            return fail ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }
}
