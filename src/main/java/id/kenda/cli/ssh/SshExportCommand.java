package id.kenda.cli.ssh;

import id.kenda.pricelist.Kind;
import com.fasterxml.jackson.core.JsonGenerator;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.OutputFormat;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.pricelist.PriceLists;
import id.kenda.report.Cells;
import id.kenda.report.Renderers;
import id.kenda.tenant.Tenants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;

@Command(name = "export", description = {"Write the active price lists to stdout: CSV in the SIPD column layout (formula-safe), or -o json.",
    "Streams: memory does not grow with the price list."})
public final class SshExportCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND", description = "only this kind: ssh, hspk, asb, sbu")
    String kind;

    private static String safe(String s) {
        return s == null ? null : Cells.formulaSafe(s);
    }

    @Override
    protected int run() throws IOException {
        String tenant = Tenants.requireCode(settings().tenant());
        kind = kind == null ? null : Kind.option(kind).name();
        try (Database db = openDatabase(Database.Access.READ)) {
            int y = PriceLists.yearOr(year, Tenants.require(db, tenant).spec().fiscalYear());
            PriceLists lists = new PriceLists(db.dsl(), tenant);
            long[] n = {0};
            if (console().format() == OutputFormat.json) {
                JsonGenerator g = Renderers.json().getFactory().createGenerator(console().out());
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
                console().out().println();
            } else {
                CSVPrinter p = new CSVPrinter(console().out(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                p.printRecord("KODE KELOMPOK BARANG", "URAIAN KELOMPOK BARANG", "ID STANDAR HARGA", "KODE BARANG", "URAIAN BARANG",
                        "SPESIFIKASI", "SATUAN", "HARGA SATUAN", "KODE REKENING", "KELOMPOK");
                lists.export(y, kind, i -> {
                    try {
                        p.printRecord(safe(i.groupCode()), safe(i.groupName()), i.sipdId(), safe(i.code()), safe(i.name()),
                                safe(i.spec().isEmpty() ? "-" : i.spec()), safe(i.unit()), Cells.text(i.price()), safe(i.accounts()), i.kind());
                        n[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                p.flush();
            }
            console().checkOut();
            console().info("exported " + n[0] + " items of " + tenant + " for " + y);
            return ExitCode.OK;
        }
    }
}
