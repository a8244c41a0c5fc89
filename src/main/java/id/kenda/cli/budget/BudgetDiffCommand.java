package id.kenda.cli.budget;

import id.kenda.budget.stage.Stage;
import id.kenda.budget.stage.StageDiff;
import id.kenda.budget.stage.StageDiffReports;
import id.kenda.budget.stage.StoredStages;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.LangOption;
import id.kenda.cli.OutputFormat;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.Revisions;
import id.kenda.report.ReportFile;
import id.kenda.tenant.TenantSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Command(name = "diff", description = {
    "Compare two stored stages of the year's budget (Sebelum | Setelah | Bertambah/(Berkurang)): totals,",
    "sub kegiatan up, down, new and dropped, lines added, removed and changed, the ten largest increases and",
    "decreases, then per sub kegiatan (or per account, or line by line with --level). Defaults: --to the latest",
    "stage, --from the stage before it. Exit 0; 'nothing to compare' when only one stage is stored."})
public final class BudgetDiffCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--from", paramLabel = "STAGE", converter = Choices.Stages.class, completionCandidates = Choices.Stages.class,
            description = "the stage before (default: the one stored before --to)")
    Stage from;

    @Option(names = "--to", paramLabel = "STAGE", converter = Choices.Stages.class, completionCandidates = Choices.Stages.class,
            description = "the stage after (default: the latest stored)")
    Stage to;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "sub-kegiatan", converter = Choices.DiffLevels.class,
            completionCandidates = Choices.DiffLevels.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    StageDiff.Level level;

    @Option(names = "--report", paramLabel = "FILE",
            description = "also write the comparison to FILE: .json, .csv, .html or .xlsx (sheets Ringkasan, Sub kegiatan, and Rekening or Rincian)")
    Path report;

    @Mixin
    LangOption lang;

    @Override
    protected int run() {
        ReportFile.Format reportFormat = report == null ? null : ReportFile.formatOf(report);
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            StoredStages stored = new StoredStages(scope.db().dsl(), scope.code());
            List<Revisions.Info> stages = stored.active(y);
            if (stages.isEmpty()) {
                console().info("nothing to compare: no budget for " + y + " is stored");
                return ExitCode.OK;
            }
            Revisions.Info after = to == null ? stages.get(stages.size() - 1) : pick(stages, to, y);
            Optional<Revisions.Info> before = from != null ? Optional.of(pick(stages, from, y)) : stages.stream()
                    .filter(s -> Stage.stored(s.kind()).compareTo(Stage.stored(after.kind())) < 0).reduce((a, b) -> b);
            if (before.isEmpty()) {
                console().info("nothing to compare: only " + after.kind() + " is stored for " + y
                        + (stages.size() > 1 ? " before or at it" : "") + " (kenda budget stages lists them)");
                return ExitCode.OK;
            }
            StageDiff.Result r = new StageDiff(scope.db().dsl(), scope.code()).run(y, before.get().kind(), before.get().id(), after.kind(), after.id(), level);
            if (reportFormat != null) {
                write(r, reportFormat, scope.spec().withDefaults());
                console().info("report written to " + report);
            }
            if (console().format() == OutputFormat.text) {
                StageDiffReports.text(r, console().out());
                console().checkOut();
            } else {
                console().result(r, StageDiffReports.levelTable(r));
            }
            return ExitCode.OK;
        }
    }

    private static Revisions.Info pick(List<Revisions.Info> stages, Stage stage, int year) {
        return stages.stream().filter(s -> s.kind().equals(stage.name())).findFirst()
                .orElseThrow(() -> KendaException.usage("no " + stage + " budget is stored for " + year + "; stored: "
                        + stages.stream().map(Revisions.Info::kind).collect(Collectors.joining(", ")), "kenda budget stages --year " + year + " lists them"));
    }

    private void write(StageDiff.Result r, ReportFile.Format f, TenantSpec spec) {
        ReportFile.write(report, f, r, StageDiffReports.levelTable(r),
                () -> StageDiffReports.report(r, spec.name(), lang.labels(), lang.signature(spec, false, LocalDate.now())));
    }
}
