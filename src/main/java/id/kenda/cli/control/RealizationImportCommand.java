package id.kenda.cli.control;

import id.kenda.core.ImportStatus;
import id.kenda.cli.ChangesState;
import id.kenda.cli.TenantScope;
import id.kenda.cli.ReaderOptions;
import id.kenda.cli.ShrinkOptions;
import id.kenda.control.BudgetPagu;
import id.kenda.control.RealizationImporter;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.io.TableReader;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Set;

@Command(name = "import", description = {
    "Import the monthly realisation file (kode_skpd, kode_sub_kegiatan, bulan, pagu?, rak, realisasi, rencana_fisik,",
    "realisasi_fisik, optional nama_skpd and nama_sub_kegiatan) as the year's revision. All-or-nothing: months 1-12 or",
    "YYYY-MM, money not negative, physical percent 0-100 and never going back, a pagu from the file or the imported",
    "budget. Cumulative realisation above pagu is reported."})
public final class RealizationImportCommand extends ChangesState {
    @Parameters(paramLabel = "FILE", description = "CSV or XLSX")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "fiscal year")
    int year;

    @Mixin
    ReaderOptions reader;

    @Mixin
    ShrinkOptions shrink;

    @Override
    protected int run() {
        String tenant = tenantCode();
        try (TableReader in = TableReader.open(file, reader.toReadOptions(), RealizationImporter.COLUMNS);
             TenantScope scope = openTenant(Database.Access.WRITE)) {
            Set<String> skpd = scope.spec().skpdCodes();
            RealizationImporter.Result r;
            try {
                r = RealizationImporter.run(scope.db(), tenant, file, in, year, BudgetPagu.of(scope.db().dsl(), tenant, year), skpd, shrink.guard(), progress(),
                        settings().command(), dryRun);
            } catch (RealizationImporter.Refused e) {
                print(e.result());
                throw new KendaException(ExitCode.DATA, e.result().rejected() + " invalid row" + (e.result().rejected() == 1 ? "" : "s")
                        + "; nothing was imported", "fix them and import again");
            }
            print(r);
            return ExitCode.OK;
        }
    }

    private void print(RealizationImporter.Result r) {
        for (RealizationImporter.Problem p : r.rejects()) {
            console().err().println(file + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") + ": " + p.reason());
        }
        for (RealizationImporter.Problem p : r.findings()) {
            console().warn(file + ":" + p.line() + ": " + p.reason());
        }
        Table t = new Table("revision", "year", "status", "rows", "subKegiatan", "lastMonth", "rejected", "findings");
        t.row(r.revision(), r.fiscalYear(), r.status(), r.rows(), r.subKegiatan(), r.lastMonth(), r.rejected(), r.findings().size());
        console().result(r, t);
        if (r.status() == ImportStatus.UNCHANGED) {
            console().info("unchanged: identical to the source of the active revision; nothing was imported");
        } else if (dryRun) {
            console().info("[dry run] " + (r.rejected() > 0 ? r.rejected() + " rows would be refused" : r.rows() + " rows would be imported")
                    + "; nothing was changed");
        }
    }
}
