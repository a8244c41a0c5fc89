package id.kenda.cli.control;

import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.control.ControlEngine;
import id.kenda.control.CriticalItem;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.control.ControlReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "critical", description = {"The critical sub kegiatan at a period: physical progress more than the tenant's thresholds behind",
    "plan (default: 10 points at a plan up to 70 %%, 5 points above), most behind first."})
public final class ControlCriticalCommand extends BaseCommand {
    @Option(names = "--period", paramLabel = "YYYY-MM", required = true, description = "the month to report")
    String period;

    @Option(names = "--fail-on", paramLabel = "WHAT", converter = Choices.CriticalAlarm.class, completionCandidates = Choices.CriticalAlarm.class,
            description = "critical: exit 1 when any sub kegiatan is critical (for cron)")
    String failOn;

    @Override
    protected int run() {
        String tenant = tenantCode();
        Periods p = Periods.parse(period);
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            var spec = scope.spec();
            var engine = ControlEngine.load(scope.db().dsl(), spec, p.year());
            List<CriticalItem> items = List.of();
            String message = null;
            if (engine.isEmpty() || !engine.get().hasMonth(p.month())) {
                message = "no realisation data for " + p.text();
            } else {
                items = engine.get().critical(p.month());
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tenant", tenant);
            json.put("period", p.text());
            json.put("count", items.size());
            json.put("items", items);
            if (message != null) {
                json.put("message", message);
            }
            console().result(json, ControlReports.criticalTable(items, true));
            console().info(message != null ? message : items.size() + " critical sub kegiatan at " + p.text());
            return "critical".equals(failOn) && !items.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }
}
