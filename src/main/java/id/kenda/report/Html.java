package id.kenda.report;

/** Self-contained HTML pages: inline CSS and script, no network, everything escaped. */
public final class Html {
    private Html() {
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

    /** A table whose columns sort when their header is clicked (numbers numerically). */
    public static String table(String id, Table t) {
        StringBuilder sb = new StringBuilder();
        sb.append("<table class=\"sortable\" id=\"").append(esc(id)).append("\"><thead><tr>");
        for (String c : t.columns()) {
            sb.append("<th>").append(esc(c)).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (Object[] row : t.rows()) {
            sb.append("<tr>");
            for (Object cell : row) {
                sb.append(cell instanceof Number ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        return sb.toString();
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body>"
                + "<h1>" + esc(title) + "</h1>" + body + "<script>" + SORT_JS + "</script></body></html>\n";
    }

    private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;color:#1b1f24}"
            + "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem}"
            + "th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa;cursor:pointer}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}.error{color:#b42318;font-weight:600}.warning{color:#9a6700}"
            + ".summary{display:flex;gap:1.5rem;flex-wrap:wrap}.summary div{background:#f6f8fa;padding:.5rem 1rem;border-radius:6px}"
            + ".band-very-high{background:#1a7f37;color:#fff}.band-high{background:#4ac26b}.band-medium{background:#eac54f}"
            + ".band-low{background:#fb8f44}.band-very-low{background:#cf222e;color:#fff}svg{max-width:100%;height:auto}";

    private static final String SORT_JS = "document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){"
            + "var t=th.closest('table'),b=t.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),"
            + "asc=th.getAttribute('data-asc')!=='1';th.setAttribute('data-asc',asc?'1':'0');"
            + "var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[i].textContent,c=y.cells[i].textContent,"
            + "na=parseFloat(a),nc=parseFloat(c);var r=(!isNaN(na)&&!isNaN(nc))?na-nc:a.localeCompare(c);return asc?r:-r;});"
            + "rows.forEach(function(r){b.appendChild(r);});});});";
}
