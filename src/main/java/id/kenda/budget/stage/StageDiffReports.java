package id.kenda.budget.stage;

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

/**
 * What a stage comparison shows: the summary a person reads first (totals, sub kegiatan up, down,
 * new and dropped, line counts, the largest increases and decreases), then the table of its level;
 * the same as a workbook (sheets Ringkasan, Sub kegiatan, and Rekening or Rincian by level).
 */
public final class StageDiffReports {
    private StageDiffReports() {
    }

    static final List<Col> SUB_COLUMNS = List.of(Col.code("code"), Col.code("skpd"), Col.money("before"), Col.money("after"),
            Col.money("change"), Col.percent("pct"));
    static final List<Col> ACCOUNT_COLUMNS = List.of(Col.code("subKegiatan"), Col.code("skpd"), Col.code("account"), Col.money("before"),
            Col.money("after"), Col.money("change"), Col.percent("pct"));
    static final List<Col> LINE_COLUMNS = List.of(Col.term("change"), Col.code("skpd"), Col.code("subKegiatan"), Col.code("account"),
            Col.code("item"), Col.text("name"), Col.text("spec"), Col.text("koefisienBefore"), Col.text("koefisienAfter"),
            Col.money("priceBefore"), Col.money("priceAfter"), Col.money("totalBefore"), Col.money("totalAfter"));

    public static Table subKegiatan(List<StageDiff.SubKegiatan> subs) {
        return Table.streamed(SUB_COLUMNS, Rows.map(subs, s -> new Object[] {s.code(), s.skpd(), s.before(), s.after(), s.change(), s.pct()}));
    }

    static Table accounts(List<StageDiff.Account> accounts) {
        return Table.streamed(ACCOUNT_COLUMNS, Rows.map(accounts, a -> new Object[] {a.subKegiatan(), a.skpd(), a.account(), a.before(), a.after(),
            a.change(), a.pct()}));
    }

    static Table lines(Iterable<StageDiff.LineChange> changes) {
        return Table.streamed(LINE_COLUMNS, Rows.map(changes, c -> new Object[] {c.change(), c.skpd(), c.subKegiatan(), c.account(), c.item(),
            c.name(), c.spec(), c.koefisienBefore(), c.koefisienAfter(), c.priceBefore(), c.priceAfter(), c.totalBefore(), c.totalAfter()}));
    }

    /** The table of the result's level: what {@code -o csv} and a {@code .csv} report hold. */
    public static Table levelTable(StageDiff.Result r) {
        if (r.changes() != null) {
            return lines(r.changes());
        }
        return r.accounts() != null ? accounts(r.accounts()) : subKegiatan(r.subKegiatan());
    }

    public static void text(StageDiff.Result r, Writer w) {
        try {
            StageDiff.Amounts t = r.total();
            StageDiff.SubKegiatanCounts c = r.subKegiatanCounts();
            StageDiff.LineCounts l = r.lines();
            w.write("budget " + r.fiscalYear() + " of " + r.tenant() + ": " + r.from() + " (revision " + r.fromRevision() + ") to " + r.to()
                    + " (revision " + r.toRevision() + ")\n");
            w.write("total " + Money.rupiah(t.before()) + " -> " + Money.rupiah(t.after()) + ", change " + Money.rupiah(t.change())
                    + pct(StageDiff.pct(t.before(), t.after())) + "\n");
            w.write("sub kegiatan: " + c.up() + " up, " + c.down() + " down, " + c.added() + " new, " + c.dropped() + " dropped, "
                    + c.unchanged() + " unchanged\n");
            w.write("lines: " + l.added() + " added, " + l.removed() + " removed, " + l.changed() + " changed, " + l.unchanged() + " unchanged\n");
            if (!r.largestIncreases().isEmpty()) {
                w.write("\nlargest increases\n");
                Renderers.text(subKegiatan(r.largestIncreases()), w);
            }
            if (!r.largestDecreases().isEmpty()) {
                w.write("\nlargest decreases\n");
                Renderers.text(subKegiatan(r.largestDecreases()), w);
            }
            w.write("\n");
            Renderers.text(levelTable(r), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pct(java.math.BigDecimal p) {
        return p == null ? "" : " (" + (p.signum() > 0 ? "+" : "") + p.toPlainString() + " %)";
    }

    /** The workbook and HTML page: the title block, the summary sheet, the level's sheet. */
    public static Report report(StageDiff.Result r, String regionName, Labels l, Report.Signature signature) {
        StageDiff.Amounts t = r.total();
        StageDiff.SubKegiatanCounts c = r.subKegiatanCounts();
        StageDiff.LineCounts lines = r.lines();
        Report rep = new Report(l, l.get("diff.title", regionName, r.tenant(), r.fiscalYear(), r.from(), r.to()))
                .fact("fact.region", regionName + " (" + r.tenant() + ")", ColumnType.TEXT)
                .fact("fact.fiscalYear", String.valueOf(r.fiscalYear()), ColumnType.CODE)
                .fact("fact.from", r.from() + " (" + l.get("diff.revision", r.fromRevision()) + ")", ColumnType.TEXT)
                .fact("fact.to", r.to() + " (" + l.get("diff.revision", r.toRevision()) + ")", ColumnType.TEXT)
                .fact("fact.totalBefore", t.before(), ColumnType.MONEY)
                .fact("fact.totalAfter", t.after(), ColumnType.MONEY)
                .fact("fact.change", t.change(), ColumnType.MONEY)
                .fact("fact.changePct", StageDiff.pct(t.before(), t.after()), ColumnType.PERCENT)
                .fact("fact.subKegiatanCounts", l.get("diff.subCounts", c.up(), c.down(), c.added(), c.dropped(), c.unchanged()), ColumnType.TEXT)
                .fact("fact.lineCounts", l.get("diff.lineCounts", lines.added(), lines.removed(), lines.changed(), lines.unchanged()), ColumnType.TEXT);
        String summary = l.get("sheet.summary");
        rep.section(new Report.TableSection("increases", l.get("heading.largestIncreases"), summary, subKegiatan(r.largestIncreases()), true, false, false));
        rep.section(new Report.TableSection("decreases", l.get("heading.largestDecreases"), summary, subKegiatan(r.largestDecreases()), true, false, true));
        rep.section(new Report.TableSection("sub-kegiatan", l.get("heading.bySubKegiatan"), l.get("sheet.subKegiatan"), subKegiatan(r.subKegiatan()),
                true, false, false));
        if (r.accounts() != null) {
            rep.section(new Report.TableSection("accounts", l.get("heading.byAccount"), l.get("sheet.accounts"), accounts(r.accounts()), true, false, false));
        }
        if (r.changes() != null) {
            rep.section(new Report.TableSection("lines", l.get("heading.lineChanges"), l.get("sheet.lines"), lines(r.changes()), true, false, false));
        }
        return rep.signature(signature);
    }
}
