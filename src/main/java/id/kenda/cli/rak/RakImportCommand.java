package id.kenda.cli.rak;

import id.kenda.budget.stage.Stage;
import id.kenda.cli.ChangesState;
import id.kenda.cli.Choices;
import id.kenda.cli.ReaderOptions;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.core.ImportStatus;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.io.TableReader;
import id.kenda.rak.RakCheck;
import id.kenda.rak.RakColumns;
import id.kenda.rak.RakImporter;
import id.kenda.rak.RakScope;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "import", description = {
    "Import the anggaran kas (kode_skpd, kode_sub_kegiatan, kode_akun, months 1..12 / bulan_1..bulan_12 / januari..desember,",
    "optional nilai, names and is_valid_skpd/sekda/bud) as the revision of the year and stage. All-or-nothing: amounts",
    "exact and not negative, the total equal to the sum of the months, one row per SKPD, sub kegiatan and account.",
    "Prints the check against the stored budget afterwards (exit 0; 'kenda rak check' is the gate that exits 1)."})
public final class RakImportCommand extends ChangesState {
    @Parameters(paramLabel = "FILE", description = "CSV or XLSX")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "fiscal year")
    int year;

    @Option(names = "--stage", paramLabel = "STAGE", converter = Choices.Stages.class, completionCandidates = Choices.Stages.class,
            description = "the budget stage the RAK belongs to (default: the budget's latest stored stage, else murni)")
    Stage stage;

    @Mixin
    ReaderOptions reader;

    @Override
    protected int run() {
        String tenant = tenantCode();
        try (TableReader in = TableReader.open(file, reader.toReadOptions(), RakColumns.ALL);
             TenantScope scope = openTenant(Database.Access.WRITE)) {
            RakScope where = RakScope.of(scope.db().dsl(), tenant, year, stage);
            RakImporter.Result r;
            try {
                r = RakImporter.run(scope.db(), tenant, file, in, year, where.stage(), progress(), settings().command(), dryRun);
            } catch (RakImporter.Refused e) {
                print(e.result());
                throw new KendaException(ExitCode.DATA, e.result().rejected() + " invalid row" + (e.result().rejected() == 1 ? "" : "s")
                        + "; nothing was imported", "fix them and import again");
            }
            print(r);
            RakScope after = RakScope.of(scope.db().dsl(), tenant, year, where.stage());
            if (!dryRun && after.budget().isPresent() && after.rak().isPresent()) {
                RakCheck.Result c = RakCheck.run(scope.db().dsl(), tenant, year, after.stage().name(), after.rak().get().id(), after.budget().get().id(),
                        scope.spec().withDefaults().control().rakLateShare(), 20);
                console().info("checked against the " + after.stage() + " budget (revision " + after.budget().get().id() + "): " + c.errors() + " errors, "
                        + c.warnings() + " warnings, selisih " + id.kenda.domain.Money.rupiah(c.total().selisih()) + " ('kenda rak check' lists them)");
            } else if (!dryRun) {
                console().info("no " + where.stage() + " budget is stored for " + year + ": import it to check the RAK against it");
            }
            return ExitCode.OK;
        }
    }

    private void print(RakImporter.Result r) {
        for (RakImporter.Problem p : r.rejects()) {
            console().err().println(file + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") + ": " + p.reason());
        }
        Table t = new Table("revision", "year", "stage", "status", "rows", "rejected");
        t.row(r.revision(), r.fiscalYear(), r.stage(), r.status(), r.rows(), r.rejected());
        console().result(r, t);
        if (r.status() == ImportStatus.UNCHANGED) {
            console().info("unchanged: identical to the source of the active revision; nothing was imported");
        } else if (dryRun) {
            console().info("[dry run] " + (r.rejected() > 0 ? r.rejected() + " rows would be refused" : r.rows() + " rows would be imported")
                    + "; nothing was changed");
        }
    }
}
