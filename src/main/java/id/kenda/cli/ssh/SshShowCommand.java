package id.kenda.cli.ssh;

import id.kenda.cli.BaseCommand;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.pricelist.PriceLists;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {"Show an item of the active price lists by its item code, and the revisions it appears in.",
    "Exit 1 when no active item has that code."})
public final class SshShowCommand extends BaseCommand {
    @Parameters(paramLabel = "CODE", description = "item code (KODE BARANG), e.g. 1.1.7.01.01.01.001.00852")
    String code;

    @Option(names = "--year", paramLabel = "YEAR", description = "fiscal year (default: the tenant's)")
    Integer year;

    @Override
    protected int run() {
        String tenant = tenantCode();
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            int y = scope.year(year);
            var shown = new PriceLists(scope.db().dsl(), tenant).show(code, y);
            if (shown.isEmpty()) {
                console().err().println("kenda: no item " + code + " in the active price lists of " + tenant + " for " + y);
                return ExitCode.FINDINGS;
            }
            PriceLists.Shown s = shown.get();
            Table t = new Table("field", "value");
            t.row("code", s.code()).row("name", s.name()).row("spec", s.spec()).row("unit", s.unit()).row("price", s.price())
                    .row("accounts", String.join(", ", s.accounts())).row("kind", s.kind()).row("revision", s.revision())
                    .row("fiscalYear", s.fiscalYear()).row("sipdId", s.sipdId());
            s.revisions().forEach(a -> t.row("revision " + a.revision() + " (" + a.status() + (a.label() == null ? "" : ", " + a.label()) + ")", a.price()));
            console().result(s, t);
            return ExitCode.OK;
        }
    }
}
