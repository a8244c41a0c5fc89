package id.kenda.cli.tenant;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import id.kenda.tenant.TenantRepository;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "list", description = "List the tenants.")
public final class TenantListCommand extends BaseCommand {
    @Override
    protected int run() {
        try (Database db = openDatabase(Database.Access.READ)) {
            List<TenantRepository.Summary> all = new TenantRepository(db.dsl()).list();
            Table t = new Table("code", "name", "kind", "fiscalYear", "skpd", "updated");
            all.forEach(s -> t.row(s.code(), s.name(), s.kind(), s.fiscalYear(), s.skpd(), s.updatedAt()));
            console().result(Renderers.fields("tenants", all), t);
            if (all.isEmpty()) {
                console().info("no tenants yet: kenda tenant provision CODE --name NAME");
            }
            return ExitCode.OK;
        }
    }
}
