package id.kenda.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Report} as one self-contained HTML page (inline CSS, script and SVG; nothing
 * fetched; every text escaped), written row by row to a stream. Rupiah, percents and bands as the
 * report's language writes them; tables sort when a header is clicked, by the raw number.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static void write(Report r, Writer w) {
        try {
            Labels l = r.labels();
            w.write("<!DOCTYPE html>\n<html lang=\"" + l.lang() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(r.title()) + "</title><style>"
                    + CSS + "</style></head><body><h1>" + esc(r.title()) + "</h1>");
            if (!r.facts().isEmpty()) {
                w.write("<div class=\"summary\">");
                for (Report.Fact f : r.facts()) {
                    w.write("<div><b>" + esc(f.label()) + "</b><br>" + esc(l.format(new Col(f.label(), f.type()), f.value())) + "</div>");
                }
                w.write("</div>");
            }
            for (Report.Section s : r.sections()) {
                if (s instanceof Report.TableSection t && t.inHtml()) {
                    w.write("<h2>" + esc(t.heading()) + "</h2>");
                    table(w, l, t);
                    if (t.signed() && r.signature() != null) {
                        signature(w, r.signature());
                    }
                } else if (s instanceof Report.Charts c) {
                    w.write("<h2>" + esc(c.heading()) + "</h2><div class=\"curves\">");
                    for (Report.Chart chart : c.charts()) {
                        w.write(svg(chart));
                    }
                    w.write("</div>");
                }
            }
            w.write("<script>" + SORT_JS + "</script></body></html>\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Writer w, Labels l, Report.TableSection s) throws IOException {
        Table t = s.table();
        java.util.Iterator<Object[]> it = t.rows().iterator();
        if (!it.hasNext()) {
            w.write("<p>" + esc(l.get("report.none")) + "</p>");
            return;
        }
        List<Col> cols = t.cols();
        StringBuilder sb = new StringBuilder(256);
        sb.append("<table class=\"sortable\" id=\"").append(esc(s.id())).append("\"><thead><tr>");
        for (Col c : cols) {
            sb.append("<th>").append(esc(l.header(c))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        w.write(sb.toString());
        while (it.hasNext()) {
            Object[] row = it.next();
            sb.setLength(0);
            sb.append(s.totalLast() && !it.hasNext() ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < row.length; i++) {
                Col c = cols.get(i);
                Object v = row[i];
                boolean numeric = c.type() != null ? c.type().numeric() : v instanceof Number;
                if (numeric && v != null) {
                    sb.append("<td class=\"num\" data-v=\"").append(esc(Cells.text(v))).append("\">");
                } else if (c.type() == ColumnType.BAND && v != null) {
                    sb.append("<td class=\"band-").append(esc(v)).append("\">");
                } else {
                    sb.append("<td>");
                }
                sb.append(esc(c.type() == null ? Cells.text(v) : l.format(c, v))).append("</td>");
            }
            sb.append("</tr>");
            w.write(sb.toString());
        }
        w.write("</tbody></table>");
    }

    private static void signature(Writer w, Report.Signature s) throws IOException {
        w.write("<div class=\"signature\"><p>" + esc(s.placeAndDate()) + "</p><p>" + esc(s.title()) + "</p><p class=\"space\"></p><p><b><u>"
                + esc(s.name()) + "</u></b></p><p>" + esc(s.nipLine()) + "</p></div>");
    }

    public static String esc(Object o) {
        String s = o == null ? "" : Cells.text(o);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static final int W = 560;
    static final int H = 260;
    static final int L = 44;
    static final int T = 30;
    static final int R = 16;
    static final int B = 36;

    /** A chart: plans dashed, realisations solid; 0-100 % on the y axis, months 1-12 on the x axis. */
    static String svg(Report.Chart c) {
        StringBuilder s = new StringBuilder();
        s.append("<figure class=\"s-curve\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" role=\"img\" aria-label=\"").append(esc(c.title())).append("\">");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(W).append("\" height=\"").append(H).append("\" fill=\"#ffffff\"/>");
        s.append("<text x=\"").append(L).append("\" y=\"18\" font-size=\"13\" font-weight=\"600\">").append(esc(c.title())).append("</text>");
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d7de\"/>", L, W - R, y, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%d%%</text>", L - 4, y + 3, p));
        }
        for (int m = 1; m <= 12; m++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d</text>", x(m), H - B + 14, m));
        }
        for (Report.Series series : c.series()) {
            line(s, series);
        }
        int lx = L;
        for (Report.Series l : c.series()) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>", lx, lx + 18, H - 8, H - 8,
                    l.colour(), l.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", lx + 22, H - 5, esc(l.label())));
            lx += 125;
        }
        s.append("</svg></figure>");
        return s.toString();
    }

    private static void line(StringBuilder s, Report.Series series) {
        BigDecimal[] v = series.values();
        StringBuilder pts = new StringBuilder();
        for (int m = 1; m <= 12 && m < v.length; m++) {
            if (v[m] != null) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(m), y(Math.min(100, v[m].doubleValue()))));
            }
        }
        if (pts.length() > 0) {
            s.append("<polyline class=\"series ").append(esc(series.cssClass())).append("\" fill=\"none\" stroke=\"").append(series.colour())
                    .append("\" stroke-width=\"2.5\"").append(series.dashed() ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"")
                    .append(pts.toString().strip()).append("\"/>");
        }
    }

    private static double x(int month) {
        return L + (month - 1) * (W - L - R) / 11.0;
    }

    private static double y(double pct) {
        return T + (100 - pct) * (H - T - B) / 100.0;
    }

    private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;color:#1b1f24}"
            + "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem}"
            + "th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa;cursor:pointer}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tr.total td{font-weight:600;background:#f6f8fa}"
            + ".summary{display:flex;gap:1.5rem;flex-wrap:wrap}.summary div{background:#f6f8fa;padding:.5rem 1rem;border-radius:6px}"
            + ".band-very-high{background:#1a7f37;color:#fff}.band-high{background:#4ac26b}.band-medium{background:#eac54f}"
            + ".band-low{background:#fb8f44}.band-very-low{background:#cf222e;color:#fff}svg{max-width:100%;height:auto}"
            + ".signature{margin:2rem 0 0 auto;width:22rem;text-align:center}.signature p{margin:.2rem 0}.signature .space{height:4rem}"
            + "@media print{th{cursor:auto}}";

    private static final String SORT_JS = "document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){"
            + "var t=th.closest('table'),b=t.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),"
            + "asc=th.getAttribute('data-asc')!=='1';th.setAttribute('data-asc',asc?'1':'0');"
            + "function v(c){return c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent;}"
            + "var rows=Array.prototype.slice.call(b.rows).filter(function(r){return !r.classList.contains('total');}),"
            + "tot=Array.prototype.slice.call(b.rows).filter(function(r){return r.classList.contains('total');});"
            + "rows.sort(function(x,y){var a=v(x.cells[i]),c=v(y.cells[i]),"
            + "na=parseFloat(a),nc=parseFloat(c);var r=(!isNaN(na)&&!isNaN(nc))?na-nc:a.localeCompare(c);return asc?r:-r;});"
            + "rows.concat(tot).forEach(function(r){b.appendChild(r);});});});";
}
