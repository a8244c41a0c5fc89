package id.kenda.report;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Report} as an XLSX workbook, streaming (memory does not grow with rows): one
 * sheet per sheet name its table sections give, each with the title block, a bold header row,
 * typed cells (money and counts as {@code #,##0} numbers, percents as {@code 0.00} numbers, codes as
 * text), band fills, a frozen header and an autofilter when the sheet holds one table, and print
 * setup (A4 landscape, one page wide, the header repeated on every page). Values only, never
 * formulas, so nothing in the input can run. A table longer than a sheet continues on
 * "NAME (2)", with its header again.
 */
public final class XlsxReport {
    /** The rows a sheet can hold. */
    static final int MAX_ROWS = Worksheet.MAX_ROWS;
    private static final int SAMPLE = 200;
    private static final int FLUSH_EVERY = 1000;
    private static final Map<String, String> BAND_FILL = Map.of("very-high", "1A7F37", "high", "4AC26B", "medium", "EAC54F",
            "low", "FB8F44", "very-low", "CF222E");

    private final Report report;
    private final Labels labels;
    private final int maxRows;

    private XlsxReport(Report report, int maxRows) {
        this.report = report;
        this.labels = report.labels();
        this.maxRows = maxRows;
    }

    public static void write(Report r, OutputStream out) {
        write(r, out, MAX_ROWS);
    }

    /** With a smaller sheet size, to test the continuation sheets. */
    static void write(Report r, OutputStream out, int maxRows) {
        try {
            new XlsxReport(r, maxRows).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(OutputStream out) throws IOException {
        Map<String, List<Report.TableSection>> sheets = new LinkedHashMap<>();
        for (Report.Section s : report.sections()) {
            if (s instanceof Report.TableSection t && t.sheet() != null) {
                sheets.computeIfAbsent(t.sheet(), k -> new ArrayList<>()).add(t);
            }
        }
        Workbook wb = new Workbook(out, "kenda", "1.0");
        wb.properties().setTitle(report.title());
        for (Map.Entry<String, List<Report.TableSection>> e : sheets.entrySet()) {
            sheet(wb, e.getKey(), e.getValue());
        }
        wb.finish();
    }

    private void sheet(Workbook wb, String name, List<Report.TableSection> sections) throws IOException {
        Worksheet ws = wb.newWorksheet(name);
        boolean single = sections.size() == 1;
        widths(ws, sections);
        printSetup(ws);
        int r = report.isData() ? 0 : titleBlock(ws);
        for (Report.TableSection s : sections) {
            if (!single) {
                ws.value(r, 0, s.heading());
                ws.style(r, 0).bold().set();
                r++;
            }
            int header = r;
            header(ws, header, s.table().cols());
            if (single) {
                ws.freezePane(0, header + 1);
                ws.repeatRows(header, header);
            }
            ws.flush();
            r++;
            Iterator<Object[]> it = s.table().rows().iterator();
            int sheetNo = 1;
            int first = header;
            boolean any = it.hasNext();
            while (it.hasNext()) {
                Object[] row = it.next();
                if (r >= maxRows) {
                    if (single) {
                        ws.setAutoFilter(first, 0, r - 1, s.table().cols().size() - 1);
                    }
                    ws.finish();
                    sheetNo++;
                    ws = wb.newWorksheet(name + " (" + sheetNo + ")");
                    widths(ws, sections);
                    printSetup(ws);
                    header(ws, 0, s.table().cols());
                    ws.freezePane(0, 1);
                    ws.repeatRows(0, 0);
                    first = 0;
                    r = 1;
                }
                cells(ws, r, s.table().cols(), row, s.totalLast() && !it.hasNext());
                r++;
                if (r % FLUSH_EVERY == 0) {
                    ws.flush();
                }
            }
            if (single && r - 1 > first) {
                ws.setAutoFilter(first, 0, r - 1, s.table().cols().size() - 1);
            }
            if (!any) {
                ws.value(r++, 0, labels.get("report.none"));
            }
            if (s.signed() && report.signature() != null) {
                r = signature(ws, r + 1, s.table().cols().size());
            }
            r++;
        }
        ws.finish();
    }

    private int titleBlock(Worksheet ws) {
        ws.value(0, 0, report.title());
        ws.style(0, 0).bold().fontSize(14).set();
        int r = 1;
        for (Report.Fact f : report.facts()) {
            ws.value(r, 0, f.label());
            ws.style(r, 0).bold().set();
            value(ws, r, 1, new Col(f.label(), f.type()), f.value(), false);
            r++;
        }
        return r + 1;
    }

    private void header(Worksheet ws, int r, List<Col> cols) {
        ws.rowHeight(r, 32);
        for (int c = 0; c < cols.size(); c++) {
            ws.value(r, c, labels.header(cols.get(c)));
            ws.style(r, c).bold().fillColor("D9E1F2").wrapText(true).verticalAlignment("center").borderStyle(BorderStyle.THIN).set();
        }
    }

    private void cells(Worksheet ws, int r, List<Col> cols, Object[] row, boolean total) {
        for (int c = 0; c < row.length; c++) {
            value(ws, r, c, cols.get(c), row[c], total);
        }
    }

    private void value(Worksheet ws, int r, int c, Col col, Object v, boolean bold) {
        ColumnType t = col.type();
        StyleSetter st = ws.style(r, c);
        if (v == null) {
            if (bold) {
                st.bold().set();
            }
            return;
        }
        if (v instanceof Number n && (t == null || t.numeric())) {
            BigDecimal b = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
            ws.value(r, c, b);
            String format = t == ColumnType.PERCENT ? "0.00"
                    : b.stripTrailingZeros().scale() > 0 && t != ColumnType.COUNT ? "#,##0.00" : "#,##0";
            st = st.format(format);
        } else if (t == ColumnType.BAND) {
            ws.inlineString(r, c, labels.band(v.toString()));
            String fill = BAND_FILL.get(v.toString());
            if (fill != null) {
                st = st.fillColor(fill);
                if (v.toString().equals("very-high") || v.toString().equals("very-low")) {
                    st = st.fontColor("FFFFFF");
                }
            }
        } else if (t != null && t != ColumnType.CODE && t != ColumnType.TEXT) {
            ws.inlineString(r, c, labels.format(col, v));
        } else {
            ws.inlineString(r, c, Cells.text(v));
        }
        if (bold) {
            st = st.bold();
        }
        st.set();
    }

    private int signature(Worksheet ws, int r, int cols) {
        Report.Signature s = report.signature();
        int left = Math.max(0, cols - 4);
        int right = Math.max(left, cols - 1);
        String[] lines = {s.placeAndDate(), s.title(), "", "", "", s.name(), s.nipLine()};
        for (int i = 0; i < lines.length; i++) {
            int row = r + i;
            if (!lines[i].isEmpty()) {
                ws.value(row, left, lines[i]);
            }
            ws.range(row, left, row, right).merge();
            StyleSetter st = ws.range(row, left, row, right).style().horizontalAlignment("center");
            if (i == 5) {
                st = st.bold().underlined();
            }
            st.set();
        }
        return r + lines.length;
    }

    private static int maxCols(List<Report.TableSection> sections) {
        return sections.stream().mapToInt(s -> s.table().cols().size()).max().orElse(1);
    }

    private void printSetup(Worksheet ws) {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    /** Widths that fit the header labels and the first rows of each table (set before any row is flushed). */
    private void widths(Worksheet ws, List<Report.TableSection> sections) {
        double[] w = new double[maxCols(sections)];
        for (Report.TableSection s : sections) {
            List<Col> cols = s.table().cols();
            for (int c = 0; c < cols.size(); c++) {
                w[c] = Math.max(w[c], Math.min(24, labels.header(cols.get(c)).length() + 2));
            }
            Iterator<Object[]> it = s.table().rows().iterator();
            for (int n = 0; n < SAMPLE && it.hasNext(); n++) {
                Object[] row = it.next();
                for (int c = 0; c < row.length; c++) {
                    String text = labels.format(cols.get(c), row[c]);
                    w[c] = Math.max(w[c], text.length() * 1.1 + 2);
                }
            }
            Rows.close(it);
        }
        if (!report.isData()) {
            // the title block's labels stand in the first column
            for (Report.Fact f : report.facts()) {
                w[0] = Math.max(w[0], Math.min(34, f.label().length() + 2));
            }
        }
        for (int c = 0; c < w.length; c++) {
            ws.width(c, Math.max(8, Math.min(60, w[c])));
        }
    }
}
