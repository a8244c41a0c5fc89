package id.kenda.rak;

import id.kenda.domain.Money;
import id.kenda.report.Col;
import id.kenda.report.ColumnType;
import id.kenda.report.Labels;
import id.kenda.report.Renderers;
import id.kenda.report.Report;
import id.kenda.report.Rows;
import id.kenda.report.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** What a RAK check shows: the totals and counts by rule, then the findings (as the budget validation's). */
public final class RakReports {
    private RakReports() {
    }

    static final List<Col> FINDING_COLUMNS = List.of(Col.count("line"), Col.code("rule"), Col.term("severity"), Col.code("skpd"),
            Col.code("subKegiatan"), Col.code("account"), Col.text("value"), Col.text("expected"), Col.text("message"));

    public static Table findings(RakCheck.Result r) {
        return Table.streamed(FINDING_COLUMNS, Rows.map(r.findings(), f -> new Object[] {f.line(), f.rule(), f.severity(), f.skpd(), f.subKegiatan(),
            f.account(), f.value(), f.expected(), f.message()}));
    }

    static Table byRule(RakCheck.Result r) {
        Table t = new Table(Col.code("rule"), Col.term("severity"), Col.count("count"));
        for (RakCheck.Rule rule : RakCheck.Rule.values()) {
            t.row(rule.id, rule.severity, r.byRule().get(rule.id));
        }
        return t;
    }

    public static void text(RakCheck.Result r, Writer w) {
        try {
            w.write("RAK " + r.fiscalYear() + " (" + r.stage() + ", revision " + r.rakRevision() + ") of " + r.tenant() + ": " + r.rows() + " rows; total "
                    + Money.rupiah(r.total().rak()) + ", budget " + Money.rupiah(r.total().budget()) + ", selisih " + Money.rupiah(r.total().selisih()) + "\n");
            w.write(r.errors() + " errors, " + r.warnings() + " warnings\n\n");
            Renderers.text(byRule(r), w);
            if (!r.findings().isEmpty()) {
                w.write("\n");
                for (RakCheck.Finding f : r.findings()) {
                    w.write(String.format("  line %-6d %-8s %-16s %s%n", f.line(), f.severity(), f.rule(), f.message()));
                }
            }
            if (r.truncated()) {
                w.write("\n(" + r.findings().size() + " findings shown of " + (r.errors() + r.warnings()) + "; raise --max-findings to see more)\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report report(RakCheck.Result r, String regionName, Labels l, Report.Signature signature) {
        Report rep = new Report(l, l.get("rak.title", regionName, r.tenant(), r.fiscalYear(), r.stage()))
                .fact("fact.region", regionName + " (" + r.tenant() + ")", ColumnType.TEXT)
                .fact("fact.fiscalYear", String.valueOf(r.fiscalYear()), ColumnType.CODE)
                .fact("fact.stage", r.stage(), ColumnType.TEXT)
                .fact("fact.rows", r.rows(), ColumnType.COUNT)
                .fact("fact.totalRak", r.total().rak(), ColumnType.MONEY)
                .fact("fact.totalBudget", r.total().budget(), ColumnType.MONEY)
                .fact("fact.selisih", r.total().selisih(), ColumnType.MONEY)
                .fact("fact.errors", r.errors(), ColumnType.COUNT)
                .fact("fact.warnings", r.warnings(), ColumnType.COUNT);
        rep.section(new Report.TableSection("by-rule", l.get("heading.byRule"), l.get("sheet.summary"), byRule(r), true, false, true));
        rep.section(new Report.TableSection("findings", l.get("heading.findings"), l.get("sheet.findings"), findings(r), true, false, false));
        return rep.signature(signature);
    }
}
