package id.kenda.control;

import id.kenda.report.Col;
import id.kenda.report.ColumnType;
import id.kenda.report.Labels;
import id.kenda.report.Report;
import id.kenda.report.Table;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a control report holds: the table scripts read (CSV), the compact table a terminal shows,
 * and the {@link Report} of the RFK form that HTML pages and workbooks draw (sheets RFK, Bulanan,
 * Kritis; S-curves, ranking).
 */
public final class ControlReports {
    private ControlReports() {
    }

    /** The inputs of a control report: the summary at the chosen level, the SKPD summary, the critical list and the curves. */
    public record Inputs(ControlEngine.Summary main, ControlEngine.Summary skpd, List<CriticalItem> critical, List<ControlEngine.Curve> curves) {
    }

    public static Table table(ControlEngine.Summary s, boolean withTotal) {
        Table t = new Table(Col.code("code"), Col.text("name"), Col.money("pagu"), Col.money("rakCumulative"), Col.money("realizedCumulative"),
                Col.percent("targetFinancialPct"), Col.percent("realizedFinancialPct"), Col.percent("financialDeviationPct"),
                Col.percent("targetPhysicalPct"), Col.percent("realizedPhysicalPct"), Col.percent("physicalDeviationPct"), Col.money("remaining"),
                Col.percent("projectedYearEndPct"), Col.band("band"), Col.flag("critical", "CRITICAL"));
        List<ControlRow> rows = new ArrayList<>(s.rows());
        if (withTotal) {
            rows.add(s.total());
        }
        for (ControlRow r : rows) {
            t.row(r == s.total() ? "TOTAL " + r.code() : r.code(), r.name(), r.pagu(), r.rakCumulative(), r.realizedCumulative(), r.targetFinancialPct(),
                    r.realizedFinancialPct(), r.financialDeviationPct(), r.targetPhysicalPct(), r.realizedPhysicalPct(), r.physicalDeviationPct(),
                    r.remaining(), r.projectedYearEndPct(), r.band(), r.critical());
        }
        return t;
    }

    /** The compact table a person reads in a terminal. */
    public static Table textTable(ControlEngine.Summary s) {
        Table t = new Table(Col.code("code"), Col.text("name"), Col.money("pagu"), Col.money("realized"), Col.percent("fin%"), Col.percent("plan%"),
                Col.percent("dev"), Col.percent("phys%"), Col.percent("plan%"), Col.percent("dev"), Col.percent("proj%"), Col.band("band"),
                Col.flag("", "CRITICAL"));
        List<ControlRow> rows = new ArrayList<>(s.rows());
        if (!s.level().equals("region")) {
            rows.add(s.total());
        }
        for (ControlRow r : rows) {
            t.row(r == s.total() ? "TOTAL" : r.code(), shorten(r.name(), 40), r.pagu(), r.realizedCumulative(), r.realizedFinancialPct(),
                    r.targetFinancialPct(), r.financialDeviationPct(), r.realizedPhysicalPct(), r.targetPhysicalPct(), r.physicalDeviationPct(),
                    r.projectedYearEndPct(), r.band(), r.critical());
        }
        return t;
    }

    /** The critical list, the same rows {@code control critical} prints; {@code shortHeads} for its terminal and CSV header. */
    public static Table criticalTable(List<CriticalItem> items, boolean shortHeads) {
        Table t = new Table(Col.code(shortHeads ? "code" : "subKegiatan"), Col.text("name"), Col.code("skpd"), Col.money("pagu"),
                Col.percent(shortHeads ? "plan%" : "targetPhysicalPct"), Col.percent(shortHeads ? "phys%" : "realizedPhysicalPct"), Col.percent("behind"));
        items.forEach(i -> t.row(i.code(), i.name(), i.skpd(), i.pagu(), i.targetPhysicalPct(), i.realizedPhysicalPct(), i.behind()));
        return t;
    }

    private static String shorten(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    public static List<ControlRow> ranking(ControlEngine.Summary skpd) {
        List<ControlRow> r = new ArrayList<>(skpd.rows());
        r.sort(Comparator.comparing((ControlRow x) -> x.realizedPhysicalPct() == null ? BigDecimal.valueOf(-1) : x.realizedPhysicalPct()).reversed()
                .thenComparing(Comparator.comparing(ControlRow::realizedFinancialPct).reversed()));
        return r;
    }

    /**
     * The RFK report: per row at the level (the total last) pagu, plan and realisation in money and
     * physical progress, deviations, sisa, projection, band and critical mark; month by month for
     * the region and each SKPD; the critical list; the S-curves and the agency ranking (HTML).
     */
    public static Report report(Inputs in, String regionName, Labels l, Report.Signature signature) {
        ControlEngine.Summary main = in.main();
        YearMonth period = YearMonth.parse(main.period());
        String upTo = l.upTo(period.getYear(), period.getMonthValue());
        ControlRow t = main.total();
        Report rep = new Report(l, l.get("control.title", regionName, main.tenant(), upTo))
                .fact("fact.region", regionName + " (" + main.tenant() + ")", ColumnType.TEXT)
                .fact("fact.fiscalYear", String.valueOf(main.fiscalYear()), ColumnType.CODE)
                .fact("fact.period", upTo, ColumnType.TEXT)
                .fact("fact.level", l.get("level." + main.level()), ColumnType.TEXT)
                .fact("fact.pagu", t.pagu(), ColumnType.MONEY)
                .fact("fact.realized", t.realizedCumulative(), ColumnType.MONEY)
                .fact("fact.realizedPct", t.realizedFinancialPct(), ColumnType.PERCENT)
                .fact("fact.plannedPct", t.targetFinancialPct(), ColumnType.PERCENT)
                .fact("fact.physicalPct", t.realizedPhysicalPct(), ColumnType.PERCENT)
                .fact("fact.physicalPlannedPct", t.targetPhysicalPct(), ColumnType.PERCENT)
                .fact("fact.projectedPct", t.projectedYearEndPct(), ColumnType.PERCENT)
                .fact("fact.remaining", t.remaining(), ColumnType.MONEY)
                .fact("fact.criticalCount", t.criticalCount(), ColumnType.COUNT);
        rep.section(new Report.TableSection("summary", l.get("heading.rfk"), "RFK", rfkTable(main, l), true, true, true));
        rep.section(new Report.Charts(l.get("heading.curves"), charts(in.curves(), l)));
        rep.section(new Report.TableSection("monthly", l.get("heading.monthly"), l.get("sheet.monthly"), monthlyTable(in.curves(), l), false, false, false));
        Table rank = new Table(Col.count("rank"), Col.code("skpd"), Col.text("name"), Col.percent("realizedPhysicalPct"),
                Col.percent("realizedFinancialPct"), Col.band("band"));
        int i = 1;
        for (ControlRow r : ranking(in.skpd())) {
            rank.row(i++, r.code(), r.name(), r.realizedPhysicalPct(), r.realizedFinancialPct(), r.band());
        }
        rep.section(new Report.TableSection("ranking", l.get("heading.ranking"), null, rank, true, false, false));
        rep.section(new Report.TableSection("critical", l.get("heading.critical"), l.get("sheet.critical"), criticalTable(in.critical(), false),
                true, false, false));
        return rep.signature(signature);
    }

    static Table rfkTable(ControlEngine.Summary s, Labels l) {
        Table t = new Table(Col.code("code"), Col.text("name"), Col.money("pagu"), Col.money("rakCumulative"), Col.percent("targetFinancialPct"),
                Col.money("realizedCumulative"), Col.percent("realizedFinancialPct"), Col.percent("financialDeviationPct"),
                Col.percent("targetPhysicalPct"), Col.percent("realizedPhysicalPct"), Col.percent("physicalDeviationPct"), Col.money("remaining"),
                Col.percent("projectedYearEndPct"), Col.band("band"), Col.flag("critical", "CRITICAL"));
        List<ControlRow> rows = new ArrayList<>(s.rows());
        boolean withTotal = !s.level().equals("region");
        if (withTotal) {
            rows.add(s.total());
        }
        for (ControlRow r : rows) {
            boolean total = withTotal && r == s.total();
            t.row(total ? l.get("row.total") : r.code(), r.name(), r.pagu(), r.rakCumulative(), r.targetFinancialPct(),
                    r.realizedCumulative(), r.realizedFinancialPct(), r.financialDeviationPct(), r.targetPhysicalPct(), r.realizedPhysicalPct(),
                    r.physicalDeviationPct(), r.remaining(), r.projectedYearEndPct(), r.band(), r.critical());
        }
        return t;
    }

    /** RFK-2: month by month, cumulative, for the region and each SKPD (months after the period have plans only). */
    static Table monthlyTable(List<ControlEngine.Curve> curves, Labels l) {
        Table t = new Table(Col.code("code"), Col.text("name"), Col.text("month"), Col.percent("targetPhysicalPct"), Col.percent("realizedPhysicalPct"),
                Col.percent("targetFinancialPct"), Col.percent("realizedFinancialPct"));
        for (ControlEngine.Curve c : curves) {
            for (int m = 1; m <= 12; m++) {
                t.row(c.code(), c.name(), l.month(m), c.plannedPhysical()[m], c.realizedPhysical()[m], c.plannedFinancial()[m], c.realizedFinancial()[m]);
            }
        }
        return t;
    }

    static List<Report.Chart> charts(List<ControlEngine.Curve> curves, Labels l) {
        List<Report.Chart> out = new ArrayList<>();
        for (ControlEngine.Curve c : curves) {
            String title = c.code() + (c.name() == null ? "" : " " + c.name());
            out.add(new Report.Chart(title, List.of(
                    new Report.Series("planned-financial", l.get("series.plannedFinancial"), "#0969da", true, c.plannedFinancial()),
                    new Report.Series("realized-financial", l.get("series.realizedFinancial"), "#0969da", false, c.realizedFinancial()),
                    new Report.Series("planned-physical", l.get("series.plannedPhysical"), "#bc4c00", true, c.plannedPhysical()),
                    new Report.Series("realized-physical", l.get("series.realizedPhysical"), "#bc4c00", false, c.realizedPhysical()))));
        }
        return out;
    }
}
