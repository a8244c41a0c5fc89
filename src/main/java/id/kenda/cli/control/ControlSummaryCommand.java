package id.kenda.cli.control;

import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.cli.LangOption;
import id.kenda.cli.OutputFormat;
import id.kenda.control.Bands;
import id.kenda.control.BudgetPagu;
import id.kenda.control.ControlEngine;
import id.kenda.control.ControlReports;
import id.kenda.control.ControlRow;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.report.Col;
import id.kenda.report.ColumnType;
import id.kenda.report.Renderers;
import id.kenda.report.ReportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.YearMonth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "summary", description = {
    "The E-Kenda control summary at a period: pagu, cumulative RAK and realisation, target and realised financial and",
    "physical percent, deviations (points), remaining budget, projected year-end absorption, band, critical flag.",
    "Rolled up by pagu weight. Bands (default, by quarter, on realised financial %%): Q1 23/20/17/13, Q2 45/39/33/26,",
    "Q3 79/70/61/51, Q4 98/95/92/88 (lower bounds of very-high/high/medium/low; below: very-low). Critical: physical",
    "more than 10 points behind plan at a plan up to 70 %%, more than 5 above. Projection: the remaining plan realised at",
    "the pace of the last three months (realisation / RAK, at most 1). --fail-on red exits 1 on a very-low or critical row,",
    "or a row holding a critical sub kegiatan."})
public final class ControlSummaryCommand extends BaseCommand {
    @Option(names = "--period", paramLabel = "YYYY-MM", required = true, description = "the month to report, e.g. 2026-08")
    String period;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "skpd", converter = Choices.Levels.class, completionCandidates = Choices.Levels.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ControlEngine.Level level;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "code", converter = Choices.Sorts.class, completionCandidates = Choices.Sorts.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ControlEngine.Sort sort;

    @Option(names = "--report", paramLabel = "FILE", description = "also write FILE: .html (RFK table, S-curves, ranking, critical list), .xlsx (sheets RFK, Bulanan, Kritis), .json or .csv")
    Path report;

    @Mixin
    LangOption lang;

    @Option(names = "--fail-on", paramLabel = "WHAT", split = ",", converter = Choices.Alarms.class, completionCandidates = Choices.Alarms.class,
            description = {
        "red: exit 1 when a row is in the lowest band or critical;",
        "missing: exit 1 when the period has no realisation, or a sub kegiatan of the budget has none for it",
        "(both: --fail-on red,missing)"})
    List<Choices.Alarm> failOn = List.of();

    @Override
    protected int run() {
        String tenant = tenantCode();
        Periods p = Periods.parse(period);
        ReportFile.Format reportFormat = report == null ? null : ReportFile.formatOf(report);
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            var spec = scope.spec();
            Optional<ControlEngine> engine = ControlEngine.load(scope.db().dsl(), spec, p.year(), progress());
            if (engine.isEmpty() || !engine.get().hasMonth(p.month())) {
                String latest = engine.map(e -> e.lastMonth() == 0 ? "" : " (latest: " + String.format("%d-%02d", p.year(), e.lastMonth()) + ")").orElse("");
                noData(p, level, latest);
                return failOn.contains(Choices.Alarm.missing) ? ExitCode.FINDINGS : ExitCode.OK;
            }
            ControlEngine e = engine.get();
            if (e.rakDiffering() > 0) {
                console().warn(e.rakDiffering() + " sub kegiatan state a rak in the realisation file other than the RAK import's; the RAK import's is used");
            }
            List<String> missing = e.missing(p.month(), BudgetPagu.of(scope.db().dsl(), tenant, p.year()).keySet());
            ControlEngine.Summary s = e.summary(p.month(), level, sort).withMissing(missing);
            if (reportFormat != null) {
                switch (reportFormat) {
                    case json -> ReportFile.writeText(report, w -> Renderers.json(s, w));
                    case csv -> ReportFile.writeText(report, w -> Renderers.csv(ControlReports.table(s, true), w));
                    default -> ReportFile.writeReport(report, reportFormat, ControlReports.report(
                            new ControlReports.Inputs(s, e.summary(p.month(), ControlEngine.Level.skpd, ControlEngine.Sort.code), e.critical(p.month()), curves(e, p.month())),
                            spec.name(), lang.labels(), lang.signature(spec, true, YearMonth.of(p.year(), p.month()).atEndOfMonth())));
                }
                console().info("report written to " + report);
            }
            if (console().format() == OutputFormat.text) {
                Renderers.text(ControlReports.textTable(s), console().out(), console().color() ? this::colour : Renderers.Styler.NONE);
                console().checkOut();
                ControlRow t = s.total();
                console().info(spec.name() + " " + s.period() + ": realised " + t.realizedFinancialPct() + " % of pagu (plan " + t.targetFinancialPct()
                        + " %), physical " + t.realizedPhysicalPct() + " % (plan " + t.targetPhysicalPct() + " %), projected year-end "
                        + t.projectedYearEndPct() + " %, " + t.criticalCount() + " critical sub kegiatan");
            } else {
                console().result(s, ControlReports.table(s, true));
            }
            if (!missing.isEmpty()) {
                console().warn(missing.size() + " sub kegiatan " + (missing.size() == 1 ? "has" : "have") + " no realisation for " + s.period()
                        + " (" + String.join(", ", missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? ", ..." : "") + ")");
                if (failOn.contains(Choices.Alarm.missing)) {
                    return ExitCode.FINDINGS;
                }
            }
            if (failOn.contains(Choices.Alarm.red)) {
                List<ControlRow> all = new ArrayList<>(s.rows());
                all.add(s.total());
                if (all.stream().anyMatch(r -> Bands.isLowest(r.band()) || r.critical() || r.criticalCount() > 0)) {
                    return ExitCode.FINDINGS;
                }
            }
            return ExitCode.OK;
        }
    }

    private void noData(Periods p, ControlEngine.Level lvl, String latest) {
        String msg = "no realisation data for " + p.text() + latest;
        if (console().format() == OutputFormat.text) {
            console().line(msg);
            console().checkOut();
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tenant", settings().tenant());
            m.put("fiscalYear", p.year());
            m.put("period", p.text());
            m.put("level", lvl.id());
            m.put("rows", List.of());
            m.put("total", null);
            m.put("missing", List.of());
            m.put("message", msg);
            console().result(m, new id.kenda.report.Table("message").row(msg));
        }
    }

    static List<ControlEngine.Curve> curves(ControlEngine e, int month) {
        List<ControlEngine.Curve> c = new ArrayList<>(e.curves(month, ControlEngine.Level.region));
        c.addAll(e.curves(month, ControlEngine.Level.skpd));
        return c;
    }

    private static final Map<String, Integer> BAND_COLOUR = Map.of("very-high", 32, "high", 92, "medium", 33, "low", 91, "very-low", 31);

    private String colour(Col col, Object raw, String padded) {
        if (col.type() == ColumnType.BAND && BAND_COLOUR.containsKey(String.valueOf(raw))) {
            return console().colored(padded, BAND_COLOUR.get(String.valueOf(raw)));
        }
        if (col.type() == ColumnType.FLAG) {
            return console().colored(padded, 31);
        }
        return padded;
    }
}
