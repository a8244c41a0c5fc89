package id.kenda.cli.budget;

import id.kenda.core.ImportStatus;
import id.kenda.budget.BudgetColumns;
import id.kenda.budget.BudgetImporter;
import id.kenda.budget.Validator;
import id.kenda.budget.stage.Stage;
import id.kenda.cli.ChangesState;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.cli.ReaderOptions;
import id.kenda.cli.ShrinkOptions;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.domain.Money;
import id.kenda.io.TableReader;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "import", description = {
    "Store the approved budget lines as a revision (per --year and --stage): the latest stage is the pagu basis",
    "for control summaries. Stages go in order (murni, pergeseran-1..9, perubahan); an earlier one after a later",
    "one is refused (65) unless --force-order. A DPA-P / RKA-P file (sebelum_* and setelah_* columns) imports its",
    "setelah side; its sebelum side must match the stored earlier stage (stage-mismatch).",
    "Every line is validated as by 'budget validate'; lines with errors refuse the import (exit 65) unless",
    "--accept-findings. All-or-nothing; a file equal to the active revision's source is 'unchanged'."})
public final class BudgetImportCommand extends ChangesState {
    @Parameters(paramLabel = "FILE", description = "budget lines, CSV or XLSX")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "fiscal year")
    int year;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "murni", converter = Choices.Stages.class, completionCandidates = Choices.Stages.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Stage stage;

    @Option(names = "--force-order", description = "store a stage that comes before the year's latest stored one (a pergeseran after the perubahan)")
    boolean forceOrder;

    @Option(names = "--accept-findings", description = "store the lines even when some have errors")
    boolean acceptFindings;

    @Mixin
    ReaderOptions reader;

    @Mixin
    ShrinkOptions shrink;

    @Override
    protected int run() {
        String tenant = tenantCode();
        try (TableReader in = TableReader.open(file, reader.toReadOptions(), BudgetColumns.ALL);
             TenantScope scope = openTenant(Database.Access.WRITE)) {
            Validator v = Validators.of(scope, year, null, 1000, console(), progress(), dryRun);
            if (in.has("before")) {
                var previous = BudgetImporter.previousStage(scope.db(), tenant, year, stage);
                previous.ifPresent(v::previousStage);
                console().info(previous.map(p -> "DPA-P file: its sebelum side is checked against the stored " + p.name())
                        .orElse("DPA-P file: no stage before " + stage + " is stored for " + year + ", so its sebelum side is not checked"));
            }
            BudgetImporter.Result r;
            try {
                r = BudgetImporter.run(scope.db(), tenant, file, in, v, year, stage, forceOrder, acceptFindings, shrink.guard(), settings().command(), dryRun);
            } catch (BudgetImporter.Refused e) {
                print(e.result(), v.removedLines());
                throw BudgetImporter.refusal(e.result());
            }
            print(r, v.removedLines());
            return ExitCode.OK;
        }
    }

    /** The findings stored with the budget, in the words of the table above: errors and warnings. */
    private static String findings(BudgetImporter.Result r) {
        if (r.errors() + r.warnings() == 0) {
            return "";
        }
        return "; stored with " + count(r.errors(), "error") + " and " + count(r.warnings(), "warning")
                + (r.errors() > 0 ? " accepted" : "") + " ('kenda budget validate' lists them)";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private void print(BudgetImporter.Result r, long removed) {
        if (r.validation() != null && r.status() == ImportStatus.REJECTED) {
            r.validation().findings().stream().filter(f -> f.severity().equals("error")).limit(10)
                    .forEach(f -> console().err().println(file + ":" + f.line() + ": " + f.rule() + ": " + f.message()));
        }
        Table t = new Table("revision", "year", "stage", "status", "lines", "stored", "errors", "warnings", "previous", "total");
        t.row(r.revision(), r.fiscalYear(), r.stage(), r.status(), r.lines(), r.stored(), r.errors(), r.warnings(), r.previousRevision(),
                r.validation() == null ? null : r.validation().total());
        console().result(r, t);
        if (dryRun && r.status() != ImportStatus.UNCHANGED) {
            console().info("[dry run] " + (r.status() == ImportStatus.REJECTED ? "the budget would be refused: " + r.errors() + " findings at error level"
                    : r.stored() + " lines would be stored as the " + r.stage() + " budget of " + r.fiscalYear()) + "; nothing was changed");
        } else if (r.status() == ImportStatus.UNCHANGED) {
            console().info("unchanged: identical to the source of the active revision; nothing was imported");
        } else if (r.validation() != null && r.status() == ImportStatus.IMPORTED) {
            if (removed > 0) {
                console().info(removed + " DPA-P lines with an empty setelah side (dropped in the " + r.stage() + ") were not stored");
            }
            if (r.stored() + removed < r.lines()) {
                console().warn((r.lines() - r.stored() - removed) + " lines without a sub kegiatan or account code were not stored");
            }
            console().info("budget " + r.fiscalYear() + " (" + r.stage() + "): " + r.lines() + " lines, total "
                    + Money.rupiah(r.validation().total()) + findings(r));
        }
    }
}
