package id.kenda.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as data: a title block, sections (tables, charts, notes) and an optional signature
 * block. Capabilities say what a report holds; {@link HtmlReport} and {@link XlsxReport} decide
 * how it is drawn. Every text a person reads comes from {@link #labels()}, so no report mixes
 * languages.
 */
public final class Report {
    /** A line of the title block: a label and its value, drawn as the column type says. */
    public record Fact(String label, Object value, ColumnType type) {
    }

    /** Something a report shows under a heading. */
    public sealed interface Section permits TableSection, Charts {
        String heading();
    }

    /**
     * A table. {@code id} names it in HTML; {@code sheet} is the workbook sheet it goes on (null:
     * not in workbooks; several sections may share a sheet, stacked); {@code inHtml} whether the
     * HTML page shows it; {@code totalLast} marks the last row as the total (bold); {@code signed}
     * puts the signature block under it.
     */
    public record TableSection(String id, String heading, String sheet, Table table, boolean inHtml, boolean totalLast, boolean signed)
            implements Section {
    }

    /** Month-by-month lines (percent of 0-100 on the y axis), drawn in HTML only. */
    public record Charts(String heading, List<Chart> charts) implements Section {
    }

    /** One chart: a title and its series; values are indexed by month 1..12, null where unknown. */
    public record Chart(String title, List<Series> series) {
    }

    /** A series of a chart: its legend label, colour (#rrggbb), dashed for a plan, and values. */
    public record Series(String cssClass, String label, String colour, boolean dashed, BigDecimal[] values) {
    }

    /**
     * Who signs the report: "Batu, 30 Juni 2026", the office title, space to sign, the name, and
     * "NIP. ...". Absent when no signatory is configured; never filled with placeholders.
     */
    public record Signature(String placeAndDate, String title, String name, String nipLine) {
        /**
         * The block for an official, or null when there is none (no name): "Batu, 30 Juni 2026",
         * the title, the name, "NIP. 19700101 199503 1 001" (the NIP in its printed parts).
         */
        public static Signature of(String place, java.time.LocalDate date, String title, String name, String nip, Labels l) {
            if (name == null || name.isBlank()) {
                return null;
            }
            String printed = id.kenda.domain.Nip.printed(nip);
            return new Signature((place == null || place.isBlank() ? "" : place.strip() + ", ") + l.date(date), title == null ? "" : title.strip(),
                    name.strip(), printed.isEmpty() ? "" : l.get("signature.nip", printed));
        }
    }

    private final Labels labels;
    private final String title;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private Signature signature;
    private boolean data;

    public Report(Labels labels, String title) {
        this.labels = labels;
        this.title = title;
    }

    public Report fact(String labelKey, Object value, ColumnType type) {
        facts.add(new Fact(labels.get(labelKey), value, type));
        return this;
    }

    public Report section(Section s) {
        sections.add(s);
        return this;
    }

    public Report signature(Signature s) {
        this.signature = s;
        return this;
    }

    /**
     * Marks a data export (a layout another system imports): sheets start at the header row, no
     * title block, no signature.
     */
    public Report asData() {
        this.data = true;
        return this;
    }

    public boolean isData() {
        return data;
    }

    public Labels labels() {
        return labels;
    }

    public String title() {
        return title;
    }

    public List<Fact> facts() {
        return facts;
    }

    public List<Section> sections() {
        return sections;
    }

    public Signature signature() {
        return signature;
    }
}
