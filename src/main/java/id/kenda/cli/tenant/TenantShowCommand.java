package id.kenda.cli.tenant;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.report.Table;
import id.kenda.tenant.TenantRepository;
import id.kenda.tenant.TenantSpec;
import id.kenda.tenant.Tenants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "show", description = "Show a tenant: its settings and SKPD list.")
public final class TenantShowCommand extends BaseCommand {
    @Parameters(paramLabel = "CODE", arity = "0..1", description = "region code (default: -t / KENDA_TENANT)")
    String code;

    @Override
    protected int run() {
        String c = Tenants.requireCode(code != null ? code : settings().tenant());
        try (Database db = openDatabase(Database.Access.READ)) {
            TenantRepository.Stored st = Tenants.require(db, c);
            TenantSpec s = st.spec().withDefaults();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("spec", s);
            json.put("createdAt", st.createdAt().toInstant().toString());
            json.put("updatedAt", st.updatedAt().toInstant().toString());
            Table t = new Table("field", "value");
            t.row("code", s.code()).row("name", s.name()).row("kind", s.kind()).row("fiscalYear", s.fiscalYear())
                    .row("sipdIdDaerah", s.sipdIdDaerah())
                    .row("sshIncludesPpn", s.pricing().sshIncludesPpn()).row("ppnRates", s.pricing().ppnRates())
                    .row("accountStyle", s.pricing().accountStyle())
                    .row("bands", s.control().bands().toString())
                    .row("critical", "early " + s.control().critical().early() + ", late " + s.control().critical().late()
                            + ", split " + s.control().critical().split())
                    .row("unitAliases", s.unitAliases().size())
                    .row("secrets", String.join(", ", s.secrets().keySet()))
                    .row("skpd", s.skpd().size());
            for (TenantSpec.Skpd k : s.skpd()) {
                t.row("skpd " + k.code(), k.name());
            }
            console().result(json, t);
            return ExitCode.OK;
        }
    }
}
