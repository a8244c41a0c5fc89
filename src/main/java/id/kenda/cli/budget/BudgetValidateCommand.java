package id.kenda.cli.budget;

import id.kenda.budget.BudgetColumns;
import id.kenda.budget.BudgetReports;
import id.kenda.budget.PaguFile;
import id.kenda.budget.ValidationResult;
import id.kenda.budget.Validator;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.cli.LangOption;
import id.kenda.cli.OutputFormat;
import id.kenda.cli.ReaderOptions;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.io.TableReader;
import id.kenda.report.ReportFile;
import id.kenda.tenant.TenantSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

@Command(name = "validate", description = {
    "Check every budget line against the year's SSH and every rule; report by rule and by SKPD and sub kegiatan.",
    "Exit 1 when there are findings at or above --fail-on (default error), else 0. Streams the file.",
    "Rules: item-not-found, price-above-ssh, unit-mismatch, account-not-allowed, total-mismatch, volume-mismatch,",
    "ppn-invalid, bad-code, duplicate-line, item-retired, pagu-exceeded (with --pagu). Grant and aid lines",
    "(id_standar_harga 0 on 5.1.05, 5.1.06, 5.4 accounts) are exempt from SSH matching."})
public final class BudgetValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", description = "budget lines, CSV or XLSX")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year of the SSH to check against (default: the tenant's)")
    Integer year;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = Choices.FindingLevels.class,
            completionCandidates = Choices.FindingLevels.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Choices.FindingLevel failOn;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the report to FILE: .json, .csv, .html or .xlsx (sheets Ringkasan and Temuan; written aside, then renamed)")
    Path report;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "1000",
            description = "list at most N findings (byRule still counts all; 0 = no limit) (default ${DEFAULT-VALUE})")
    int maxFindings;

    @Option(names = "--pagu", paramLabel = "FILE", description = "CSV of kode_sub_kegiatan,pagu: flag sub kegiatan whose lines sum above it")
    Path paguFile;

    @Mixin
    ReaderOptions reader;

    @Mixin
    LangOption lang;

    @Override
    protected int run() {
        String tenant = tenantCode();
        ReportFile.Format reportFormat = report == null ? null : ReportFile.formatOf(report);
        Map<String, BigDecimal> pagu = paguFile == null ? null : PaguFile.read(paguFile, reader.toReadOptions());
        try (TableReader in = TableReader.open(file, reader.toReadOptions(), BudgetColumns.ALL);
             TenantScope scope = openTenant(Database.Access.READ)) {
            TenantSpec spec = scope.spec().withDefaults();
            int y = year != null ? year : spec.fiscalYear();
            Validator v = Validators.of(scope, y, pagu, maxFindings, console(), progress(), false);
            ValidationResult r = v.run(in, tenant, y, null);
            if (reportFormat != null) {
                write(r, reportFormat, spec);
                console().info("report written to " + report);
            }
            if (console().format() == OutputFormat.text) {
                BudgetReports.text(r, console().out());
                console().checkOut();
            } else {
                console().result(r, BudgetReports.findingsTable(r.findings()));
            }
            boolean fail = failOn.fails(r.errors(), r.warnings());
            return fail ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }

    private void write(ValidationResult r, ReportFile.Format f, TenantSpec spec) {
        ReportFile.write(report, f, r, BudgetReports.findingsTable(r.findings()), () -> BudgetReports.report(r, spec.name(), lang.labels(),
                    lang.signature(spec, false, LocalDate.now())));
    }
}
