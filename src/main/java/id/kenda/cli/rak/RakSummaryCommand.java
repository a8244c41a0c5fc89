package id.kenda.cli.rak;

import id.kenda.budget.stage.Stage;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.LangOption;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.rak.RakScope;
import id.kenda.rak.RakSummary;
import id.kenda.report.ReportFile;
import id.kenda.tenant.TenantSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

@Command(name = "summary", description = {
    "The Form RAK Belanja: per SKPD, sub kegiatan or account, Pagu, Total RAK, Semester I-II, Triwulan I-IV and",
    "Januari..Desember, with the totals; --report writes it as .xlsx (sheet RAK, signed), .html, .json or .csv."})
public final class RakSummaryCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--stage", paramLabel = "STAGE", converter = Choices.Stages.class, completionCandidates = Choices.Stages.class,
            description = "the stage (default: the budget's latest stored stage)")
    Stage stage;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "skpd", converter = Choices.RakLevels.class,
            completionCandidates = Choices.RakLevels.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    RakSummary.Level level;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the form to FILE: .json, .csv, .html or .xlsx")
    Path report;

    @Mixin
    LangOption lang;

    @Override
    protected int run() {
        ReportFile.Format reportFormat = report == null ? null : ReportFile.formatOf(report);
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            TenantSpec spec = scope.spec().withDefaults();
            RakScope where = RakScope.of(scope.db().dsl(), scope.code(), y, stage);
            if (where.rak().isEmpty()) {
                throw new KendaException(ExitCode.CONFIG, "no " + where.stage() + " RAK is stored for " + y, "import it first: kenda rak import FILE --year " + y);
            }
            RakSummary.Result r = RakSummary.run(scope.db().dsl(), scope.code(), where, level);
            if (reportFormat != null) {
                ReportFile.write(report, reportFormat, r, RakSummary.table(r), () -> RakSummary.report(r, spec.name(), lang.labels(),
                            lang.signature(spec, false, LocalDate.now())));
                console().info("report written to " + report);
            }
            console().result(r, RakSummary.table(r));
            return ExitCode.OK;
        }
    }
}
