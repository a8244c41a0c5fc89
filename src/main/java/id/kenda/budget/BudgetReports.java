package id.kenda.budget;

import id.kenda.domain.Money;
import id.kenda.domain.Visible;
import id.kenda.report.Col;
import id.kenda.report.ColumnType;
import id.kenda.report.Labels;
import id.kenda.report.Renderers;
import id.kenda.report.Report;
import id.kenda.report.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a validation report holds: the text a person reads in a terminal, the findings table (CSV
 * and {@code -o csv}), and the {@link Report} that HTML pages and workbooks draw (sheets Ringkasan
 * and Temuan).
 */
public final class BudgetReports {
    private BudgetReports() {
    }

    static final List<Col> FINDING_COLUMNS = List.of(Col.count("line"), Col.code("rule"), Col.term("severity"), Col.code("skpd"),
            Col.code("subKegiatan"), Col.text("field"), Col.text("value"), Col.text("expected"), Col.text("message"));

    /** One finding per row, produced as it is drawn (a million findings are not copied). */
    public static Table findingsTable(List<Finding> findings) {
        return Table.streamed(FINDING_COLUMNS, () -> findings.stream().map(f -> new Object[]{f.line(), f.rule(), f.severity(), f.skpd(),
            f.subKegiatan(), f.field(), f.value(), f.expected(), f.message()}).iterator());
    }

    static final List<Col> SHEET_COLUMNS = List.of(Col.count("line"), Col.code("skpd"), Col.code("subKegiatan"), Col.code("account"),
            Col.code("item"), Col.text("itemName"), Col.code("rule"), Col.term("severity"), Col.text("message"), Col.text("field"),
            Col.text("value"), Col.text("expected"));

    /** The findings as people sort and filter them (HTML and the Temuan sheet): where, what, then the values. */
    static Table findingsSheet(List<Finding> findings, Labels l) {
        return Table.streamed(SHEET_COLUMNS, () -> findings.stream().map(f -> new Object[]{f.line(), f.skpd(), f.subKegiatan(), f.account(),
            f.item(), f.itemName(), f.rule(), f.severity(), f.message(l), f.field(), f.value(), f.expected(l)}).iterator());
    }

    public static Table ruleTable(ValidationResult r) {
        Table t = new Table(Col.code("rule"), Col.term("severity"), Col.count("count"));
        for (Rule rule : Rule.values()) {
            Long n = r.byRule().get(rule.id);
            if (n != null) {
                t.row(rule.id, rule.severity.id(), n);
            }
        }
        return t;
    }

    public static Table skpdTable(ValidationResult r) {
        Table t = new Table(Col.code("skpd"), Col.count("errors"), Col.count("warnings"));
        r.bySkpd().forEach((k, v) -> t.row(k, v.errors(), v.warnings()));
        return t;
    }

    public static void text(ValidationResult r, Writer w) {
        try {
            w.write("budget " + r.file() + " for " + r.tenant() + " (" + r.fiscalYear() + "): " + r.lines() + " lines, " + r.checked()
                    + " checked, " + r.exempt() + " exempt; total " + Money.rupiah(r.total()) + "\n");
            w.write(r.errors() + " errors, " + r.warnings() + " warnings\n");
            if (!r.byRule().isEmpty()) {
                w.write("\n");
                Renderers.text(ruleTable(r), w);
            }
            Map<String, List<Finding>> groups = new TreeMap<>();
            for (Finding f : r.findings()) {
                groups.computeIfAbsent("SKPD " + (f.skpd() == null ? "-" : f.skpd()) + ", sub kegiatan " + (f.subKegiatan() == null ? "-" : f.subKegiatan()),
                        k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
                w.write("\n" + Visible.of(g.getKey()) + "\n");
                for (Finding f : g.getValue()) {
                    w.write(String.format("  line %-6d %-8s %-20s %s%n", f.line(), f.severity(), f.rule(), Visible.of(f.message())));
                }
            }
            if (r.truncated()) {
                w.write("\n(" + r.findings().size() + " findings shown of " + (r.errors() + r.warnings()) + "; raise --max-findings to see more)\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report people read: the file by its base name (never a temporary path), the region by
     * name and code, counts, by rule, by SKPD, every finding listed.
     */
    public static Report report(ValidationResult r, String regionName, Labels l, Report.Signature signature) {
        String file = r.file() == null ? "" : Path.of(r.file()).getFileName().toString();
        Report rep = new Report(l, l.get("budget.title", file, regionName, r.tenant(), r.fiscalYear()))
                .fact("fact.file", file, ColumnType.TEXT)
                .fact("fact.region", regionName + " (" + r.tenant() + ")", ColumnType.TEXT)
                .fact("fact.fiscalYear", String.valueOf(r.fiscalYear()), ColumnType.CODE)
                .fact("fact.lines", r.lines(), ColumnType.COUNT)
                .fact("fact.checked", r.checked(), ColumnType.COUNT)
                .fact("fact.exempt", r.exempt(), ColumnType.COUNT)
                .fact("fact.errors", r.errors(), ColumnType.COUNT)
                .fact("fact.warnings", r.warnings(), ColumnType.COUNT)
                .fact("fact.total", r.total(), ColumnType.MONEY);
        if (r.truncated()) {
            rep.fact("fact.findingsShown", l.get("budget.shown", l.count(r.findings().size()), l.count(r.errors() + r.warnings())), ColumnType.TEXT);
        }
        String summary = l.get("sheet.summary");
        rep.section(new Report.TableSection("by-rule", l.get("heading.byRule"), summary, ruleTable(r), true, false, false));
        rep.section(new Report.TableSection("by-skpd", l.get("heading.bySkpd"), summary, skpdTable(r), true, false, true));
        rep.section(new Report.TableSection("findings", l.get("heading.findings"), l.get("sheet.findings"), findingsSheet(r.findings(), l), true, false, false));
        return rep.signature(signature);
    }
}
