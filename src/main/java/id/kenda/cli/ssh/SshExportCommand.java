package id.kenda.cli.ssh;

import com.fasterxml.jackson.core.JsonGenerator;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.cli.OutputFormat;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.pricelist.Kind;
import id.kenda.pricelist.PriceLists;
import id.kenda.pricelist.SipdLayout;
import id.kenda.report.Renderers;
import id.kenda.report.ReportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

@Command(name = "export", description = {"Write the active price lists in the SIPD column layout: CSV to stdout (formula-safe), or -o json,",
    "or --file FILE (.csv, .json, or .xlsx with one sheet per kind), written aside and renamed. What it writes imports back",
    "with 'ssh import' as the same items. Streams: memory does not grow with the price list."})
public final class SshExportCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND", converter = Choices.Kinds.class, completionCandidates = Choices.Kinds.class,
            description = "only this kind: ${COMPLETION-CANDIDATES}")
    Kind kindOption;

    private String kind;

    @Option(names = "--file", paramLabel = "FILE", description = "write to FILE instead of stdout: .csv, .json or .xlsx (by the extension)")
    Path file;

    @Override
    protected int run() throws IOException {
        String tenant = tenantCode();
        kind = kindOption == null ? null : kindOption.name();
        ReportFile.Format format = file == null ? null : ReportFile.formatOf(file);
        if (format == ReportFile.Format.html) {
            throw KendaException.usage("ssh export writes .csv, .json or .xlsx, not " + file.getFileName(), "name the file .xlsx or .csv");
        }
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            PriceLists lists = new PriceLists(scope.db().dsl(), tenant);
            long[] n = {0};
            if (format == ReportFile.Format.xlsx) {
                ReportFile.writeReport(file, format, SipdLayout.workbook(lists, y, kind, tenant));
                n[0] = -1;
            } else if (format != null) {
                boolean json = format == ReportFile.Format.json;
                ReportFile.writeText(file, w -> n[0] = write(lists, y, json, w));
            } else {
                n[0] = write(lists, y, console().format() == OutputFormat.json, console().out());
                console().checkOut();
            }
            console().info(n[0] < 0 ? "exported the items of " + tenant + " for " + y + " to " + file
                    : "exported " + n[0] + " items of " + tenant + " for " + y + (file == null ? "" : " to " + file));
            return ExitCode.OK;
        }
    }

    private long write(PriceLists lists, int y, boolean json, Writer out) throws IOException {
        long[] n = {0};
        if (json) {
            JsonGenerator g = Renderers.json().getFactory().createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            lists.export(y, kind, i -> {
                try {
                    Renderers.json().writeValue(g, i);
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.flush();
            out.write(System.lineSeparator());
        } else {
            Renderers.CsvRows csv = Renderers.csvRows(SipdLayout.COLUMNS, out);
            lists.export(y, kind, i -> {
                csv.row(SipdLayout.row(i));
                n[0]++;
            });
            csv.flush();
        }
        return n[0];
    }
}
