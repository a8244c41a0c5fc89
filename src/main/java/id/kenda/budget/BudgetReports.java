package id.kenda.budget;

import id.kenda.domain.Money;
import id.kenda.domain.Visible;
import id.kenda.report.Html;
import id.kenda.report.Renderers;
import id.kenda.report.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders a validation result: text for a person, CSV one finding per row, HTML for a browser, JSON for scripts. */
public final class BudgetReports {
    private BudgetReports() {
    }

    public static Table findingsTable(List<Finding> findings) {
        Table t = new Table("line", "rule", "severity", "skpd", "subKegiatan", "field", "value", "expected", "message");
        findings.forEach(f -> t.row(f.line(), f.rule(), f.severity(), f.skpd(), f.subKegiatan(), f.field(), f.value(), f.expected(), f.message()));
        return t;
    }

    public static Table ruleTable(ValidationResult r) {
        Table t = new Table("rule", "severity", "count");
        for (Rule rule : Rule.values()) {
            Long n = r.byRule().get(rule.id);
            if (n != null) {
                t.row(rule.id, rule.severity.id(), n);
            }
        }
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
                        k -> new java.util.ArrayList<>()).add(f);
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

    public static String html(ValidationResult r) {
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"summary\">");
        summary(b, "file", r.file());
        summary(b, "tenant", r.tenant());
        summary(b, "fiscal year", r.fiscalYear());
        summary(b, "lines", r.lines());
        summary(b, "exempt", r.exempt());
        summary(b, "errors", r.errors());
        summary(b, "warnings", r.warnings());
        summary(b, "total", Money.rupiah(r.total()));
        b.append("</div>");
        b.append("<h2>By rule</h2>").append(Html.table("by-rule", ruleTable(r)));
        Table skpd = new Table("skpd", "errors", "warnings");
        r.bySkpd().forEach((k, v) -> skpd.row(k, v.errors(), v.warnings()));
        b.append("<h2>By SKPD</h2>").append(Html.table("by-skpd", skpd));
        b.append("<h2>Findings</h2>");
        if (r.truncated()) {
            b.append("<p>").append(r.findings().size()).append(" findings shown of ").append(r.errors() + r.warnings()).append(".</p>");
        }
        b.append(Html.table("findings", findingsTable(r.findings())));
        return Html.page("Budget validation: " + r.file(), b.toString());
    }

    private static void summary(StringBuilder b, String k, Object v) {
        b.append("<div><b>").append(Html.esc(k)).append("</b><br>").append(Html.esc(v)).append("</div>");
    }
}
