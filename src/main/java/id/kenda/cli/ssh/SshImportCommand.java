package id.kenda.cli.ssh;

import id.kenda.core.ImportStatus;
import id.kenda.cli.ChangesState;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.cli.ReaderOptions;
import id.kenda.cli.ShrinkOptions;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.io.ReadOptions;
import id.kenda.io.TableReader;
import id.kenda.pricelist.ImportResult;
import id.kenda.pricelist.Kind;
import id.kenda.pricelist.PriceListColumns;
import id.kenda.pricelist.SshImporter;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "import", description = {
    "Import price-list files (SIPD export XLSX, regional CSV) as a new revision per kind.",
    "All-or-nothing: any invalid row stores nothing and exits 65 (unless --skip-invalid).",
    "A file equal to the active revision's source is 'unchanged'. A workbook whose sheets are all named by kinds",
    "(what 'ssh export --file x.xlsx' writes) is read sheet by sheet. Kind (auto): a KELOMPOK column,",
    "else a kind word in the file name (export_excel_sbu_...), else SSH."})
public final class SshImportCommand extends ChangesState {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or XLSX files")
    List<Path> files;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "the fiscal year of the price list")
    int year;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "auto", converter = Choices.KindsOrAuto.class,
            completionCandidates = Choices.KindsOrAuto.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Kind kind;

    @Option(names = "--label", paramLabel = "TEXT", description = "a label for the revision, e.g. murni, pergeseran-1, perubahan")
    String label;

    @Mixin
    ReaderOptions reader;

    @Mixin
    ShrinkOptions shrink;

    @Option(names = "--skip-invalid", description = "import the valid rows and report the invalid ones (exit 0)")
    boolean skipInvalid;

    @Option(names = "--rejects", paramLabel = "FILE", description = "write every rejected row (line, reason, original cells) to this CSV")
    Path rejects;

    @Override
    protected int run() {
        String tenant = tenantCode();
        if (year < 2000 || year > 2100) {
            throw KendaException.usage("--year " + year + " is not a plausible fiscal year", "e.g. --year 2026");
        }
        Kind forced = kind;
        List<SshImporter.Input> inputs = new ArrayList<>();
        try {
            for (Path f : files) {
                for (ReadOptions o : sheetsOf(f, reader.toReadOptions())) {
                    inputs.add(new SshImporter.Input(f, TableReader.open(f, o, PriceListColumns.ALL)));
                }
            }
            try (TenantScope scope = openTenant(Database.Access.WRITE)) {
                SshImporter importer = new SshImporter(scope.db(), tenant, new SshImporter.Options(year, forced, label, skipInvalid, rejects, dryRun, shrink.guard()),
                        progress(), console()::info);
                ImportResult r;
                try {
                    r = importer.run(inputs, settings().command());
                } catch (SshImporter.Rejected e) {
                    print(e.result(), tenant);
                    throw KendaException.data(e.result().rejected() + " invalid row" + (e.result().rejected() == 1 ? "" : "s")
                            + "; nothing was imported", "fix them, or pass --skip-invalid to import the valid rows"
                            + (rejects == null ? " (--rejects FILE lists them all)" : " (all are in " + rejects + ")"));
                }
                print(r, tenant);
                return ExitCode.OK;
            }
        } finally {
            inputs.forEach(i -> i.reader().close());
        }
    }

    /**
     * The sheets to read of a file: the one --sheet names (or the first), except a workbook whose
     * every sheet is named by a kind (SSH, HSPK, ASB, SBU: what 'ssh export --file x.xlsx' writes),
     * which is read whole, sheet by sheet.
     */
    static List<ReadOptions> sheetsOf(Path f, ReadOptions o) {
        if (o.sheet() == null) {
            List<String> sheets = TableReader.sheetNames(f);
            if (sheets.size() > 1 && sheets.stream().allMatch(n -> Kind.parse(n).isPresent())) {
                return sheets.stream().map(n -> new ReadOptions(o.encoding(), o.delimiter(), o.numberFormat(), n)).toList();
            }
        }
        return List.of(o);
    }

    private void print(ImportResult r, String tenant) {
        for (ImportResult.Source s : r.sources()) {
            console().info("read " + s.file() + " (" + s.format() + ")");
        }
        int n = 0;
        for (ImportResult.Reject x : r.rejects()) {
            if (n++ >= 10) {
                console().info("  ... " + (r.rejected() - 10) + " more rejected rows");
                break;
            }
            console().err().println((r.status() == ImportStatus.REJECTED ? "" : "skipped ") + x.file() + ":" + x.line()
                    + (x.column() > 0 ? ":" + x.column() : "") + ": " + x.reason());
        }
        Table t = new Table("revision", "kind", "year", "status", "items", "duplicates", "rejected", "previous", "added", "changed", "removed");
        for (ImportResult.PerKind p : r.revisions()) {
            t.row(p.revision(), p.kind(), r.fiscalYear(), p.status(), p.items(), p.duplicates(), null, p.previousRevision(),
                    p.added(), p.changed(), p.removed());
        }
        if (r.revisions().isEmpty()) {
            t.row(null, r.kind(), r.fiscalYear(), r.status(), 0, r.duplicates(), r.rejected(), null, 0, 0, 0);
        } else if (r.rejected() > 0) {
            t.row(null, "", r.fiscalYear(), ImportStatus.REJECTED, null, null, r.rejected(), null, null, null, null);
        }
        if (r.status() == ImportStatus.UNCHANGED) {
            console().info("unchanged: identical to the source of the active revision; nothing was imported");
        } else {
            console().info((dryRun ? "[dry run] nothing was stored; " : "") + "tenant " + tenant + ": " + r.rows() + " rows read, "
                    + r.imported() + " items, " + r.duplicates() + " duplicates, " + r.rejected() + " rejected");
        }
        console().result(r, t);
    }
}
