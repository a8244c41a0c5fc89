package id.kenda.cli.rak;

import id.kenda.budget.stage.Stage;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.LangOption;
import id.kenda.cli.OutputFormat;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.rak.RakCheck;
import id.kenda.rak.RakReports;
import id.kenda.rak.RakScope;
import id.kenda.report.ReportFile;
import id.kenda.tenant.TenantSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

@Command(name = "check", description = {
    "Check the stored RAK against the stored budget of the same stage: rak-mismatch, rak-missing, rak-orphan (errors),",
    "rak-unvalidated, rak-late (warnings). Exit 1 when there are findings at or above --fail-on (default error);",
    "78 when the budget or the RAK of the year is not stored."})
public final class RakCheckCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--stage", paramLabel = "STAGE", converter = Choices.Stages.class, completionCandidates = Choices.Stages.class,
            description = "the stage (default: the budget's latest stored stage)")
    Stage stage;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = Choices.FindingLevels.class,
            completionCandidates = Choices.FindingLevels.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Choices.FindingLevel failOn;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the check to FILE: .json, .csv, .html or .xlsx (sheets Ringkasan and Temuan)")
    Path report;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "1000",
            description = "list at most N findings (byRule still counts all; 0 = no limit) (default ${DEFAULT-VALUE})")
    int maxFindings;

    @Mixin
    LangOption lang;

    @Override
    protected int run() {
        ReportFile.Format reportFormat = report == null ? null : ReportFile.formatOf(report);
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            TenantSpec spec = scope.spec().withDefaults();
            RakScope where = RakScope.of(scope.db().dsl(), scope.code(), y, stage).requireBoth();
            RakCheck.Result r = RakCheck.run(scope.db().dsl(), scope.code(), y, where.stage().name(), where.rak().get().id(), where.budget().get().id(),
                    spec.control().rakLateShare(), maxFindings);
            if (reportFormat != null) {
                ReportFile.write(report, reportFormat, r, RakReports.findings(r), () -> RakReports.report(r, spec.name(), lang.labels(),
                            lang.signature(spec, false, LocalDate.now())));
                console().info("report written to " + report);
            }
            if (console().format() == OutputFormat.text) {
                RakReports.text(r, console().out());
                console().checkOut();
            } else {
                console().result(r, RakReports.findings(r));
            }
            boolean fail = failOn.fails(r.errors(), r.warnings());
            return fail ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }
}
