package id.kenda.control;

import id.kenda.report.Html;
import id.kenda.report.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Control summaries as a table (text and CSV) and as a self-contained HTML page with SVG S-curves. */
public final class ControlReports {
    private ControlReports() {
    }

    public static Table table(ControlEngine.Summary s, boolean withTotal) {
        Table t = new Table("code", "name", "pagu", "rakCumulative", "realizedCumulative", "targetFinancialPct", "realizedFinancialPct",
                "financialDeviationPct", "targetPhysicalPct", "realizedPhysicalPct", "physicalDeviationPct", "remaining", "projectedYearEndPct",
                "band", "critical");
        List<ControlRow> rows = new ArrayList<>(s.rows());
        if (withTotal) {
            rows.add(s.total());
        }
        for (ControlRow r : rows) {
            t.row(r == s.total() ? "TOTAL " + r.code() : r.code(), r.name(), r.pagu(), r.rakCumulative(), r.realizedCumulative(), r.targetFinancialPct(),
                    r.realizedFinancialPct(), r.financialDeviationPct(), r.targetPhysicalPct(), r.realizedPhysicalPct(), r.physicalDeviationPct(),
                    r.remaining(), r.projectedYearEndPct(), r.band(), r.critical() ? "CRITICAL" : "");
        }
        return t;
    }

    /** The compact table a person reads in a terminal. */
    public static Table textTable(ControlEngine.Summary s) {
        Table t = new Table("code", "name", "pagu", "realized", "fin%", "plan%", "dev", "phys%", "plan%", "dev", "proj%", "band", "");
        List<ControlRow> rows = new ArrayList<>(s.rows());
        if (!s.level().equals("region")) {
            rows.add(s.total());
        }
        for (ControlRow r : rows) {
            t.row(r == s.total() ? "TOTAL" : r.code(), shorten(r.name(), 40), r.pagu(), r.realizedCumulative(), r.realizedFinancialPct(),
                    r.targetFinancialPct(), r.financialDeviationPct(), r.realizedPhysicalPct(), r.targetPhysicalPct(), r.physicalDeviationPct(),
                    r.projectedYearEndPct(), r.band(), r.critical() ? "CRITICAL" : "");
        }
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

    public static String html(ControlEngine.Summary main, ControlEngine.Summary skpd, List<CriticalItem> critical, List<ControlEngine.Curve> curves) {
        StringBuilder b = new StringBuilder();
        ControlRow t = main.total();
        b.append("<p>Period <b>").append(Html.esc(main.period())).append("</b>, level <b>").append(Html.esc(main.level())).append("</b>.</p>");
        b.append("<div class=\"summary\">");
        box(b, "pagu", t.pagu());
        box(b, "realised", t.realizedCumulative() + " (" + t.realizedFinancialPct() + " %)");
        box(b, "plan (RAK)", t.targetFinancialPct() + " %");
        box(b, "physical", t.realizedPhysicalPct() + " % of " + t.targetPhysicalPct() + " % planned");
        box(b, "projected year-end", t.projectedYearEndPct() + " %");
        box(b, "remaining (sisa)", t.remaining());
        box(b, "critical sub kegiatan", t.criticalCount());
        b.append("</div>");
        b.append("<h2>Summary</h2>").append(bandTable("summary", textTable(main)));
        b.append("<h2>S-curves (cumulative, month by month)</h2><div class=\"curves\">");
        for (ControlEngine.Curve c : curves) {
            b.append(svg(c));
        }
        b.append("</div>");
        Table rank = new Table("rank", "skpd", "name", "realizedPhysicalPct", "realizedFinancialPct", "band");
        int i = 1;
        for (ControlRow r : ranking(skpd)) {
            rank.row(i++, r.code(), r.name(), r.realizedPhysicalPct(), r.realizedFinancialPct(), r.band());
        }
        b.append("<h2>Agency ranking (physical, then financial)</h2>").append(bandTable("ranking", rank));
        Table crit = new Table("subKegiatan", "name", "skpd", "pagu", "targetPhysicalPct", "realizedPhysicalPct", "behind");
        for (CriticalItem c : critical) {
            crit.row(c.code(), c.name(), c.skpd(), c.pagu(), c.targetPhysicalPct(), c.realizedPhysicalPct(), c.behind());
        }
        b.append("<h2>Critical (physical progress behind plan)</h2>");
        b.append(crit.isEmpty() ? "<p>None.</p>" : Html.table("critical", crit));
        return Html.page("E-Kenda control summary " + main.tenant() + " " + main.period(), b.toString());
    }

    private static String bandTable(String id, Table t) {
        String h = Html.table(id, t);
        for (String band : Bands.NAMES) {
            h = h.replace("<td>" + band + "</td>", "<td class=\"band-" + band + "\">" + band + "</td>");
        }
        return h;
    }

    private static void box(StringBuilder b, String k, Object v) {
        b.append("<div><b>").append(Html.esc(k)).append("</b><br>").append(Html.esc(v)).append("</div>");
    }

    static final int W = 560;
    static final int H = 260;
    static final int L = 44;
    static final int T = 30;
    static final int R = 16;
    static final int B = 36;

    /** An S-curve: planned dashed, realised solid; money blue, physical orange; 0-100 % on the y axis. */
    static String svg(ControlEngine.Curve c) {
        StringBuilder s = new StringBuilder();
        String title = c.code() + (c.name() == null ? "" : " " + c.name());
        s.append("<figure class=\"s-curve\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" role=\"img\" aria-label=\"S-curve ").append(Html.esc(title)).append("\">");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(W).append("\" height=\"").append(H).append("\" fill=\"#ffffff\"/>");
        s.append("<text x=\"").append(L).append("\" y=\"18\" font-size=\"13\" font-weight=\"600\">").append(Html.esc(title)).append("</text>");
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d7de\"/>", L, W - R, y, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%d%%</text>", L - 4, y + 3, p));
        }
        for (int m = 1; m <= 12; m++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d</text>", x(m), H - B + 14, m));
        }
        line(s, c.plannedFinancial(), "planned-financial", "#0969da", true);
        line(s, c.realizedFinancial(), "realized-financial", "#0969da", false);
        line(s, c.plannedPhysical(), "planned-physical", "#bc4c00", true);
        line(s, c.realizedPhysical(), "realized-physical", "#bc4c00", false);
        int lx = L;
        String[][] legend = {{"#0969da", "money planned", "6 4"}, {"#0969da", "money realised", ""}, {"#bc4c00", "physical planned", "6 4"},
            {"#bc4c00", "physical realised", ""}};
        for (String[] l : legend) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>", lx, lx + 18, H - 8, H - 8, l[0],
                    l[2].isEmpty() ? "" : " stroke-dasharray=\"" + l[2] + "\""));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", lx + 22, H - 5, l[1]));
            lx += 125;
        }
        s.append("</svg></figure>");
        return s.toString();
    }

    private static void line(StringBuilder s, BigDecimal[] v, String cls, String colour, boolean dashed) {
        StringBuilder pts = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            if (v[m] != null) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(m), y(Math.min(100, v[m].doubleValue()))));
            }
        }
        if (pts.length() > 0) {
            s.append("<polyline class=\"series ").append(cls).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
                    .append(dashed ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"").append(pts.toString().strip()).append("\"/>");
        }
    }

    private static double x(int month) {
        return L + (month - 1) * (W - L - R) / 11.0;
    }

    private static double y(double pct) {
        return T + (100 - pct) * (H - T - B) / 100.0;
    }
}
