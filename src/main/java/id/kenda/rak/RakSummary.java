package id.kenda.rak;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.report.Col;
import id.kenda.report.ColumnType;
import id.kenda.report.Labels;
import id.kenda.report.Report;
import id.kenda.report.Table;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.kenda.db.schema.Tables.BUDGET_LINE;
import static id.kenda.db.schema.Tables.RAK_ROW;
import static id.kenda.db.schema.Tables.SKPD;

/**
 * The Form RAK Belanja: per SKPD, sub kegiatan or account, the pagu, the RAK's total, its two
 * semesters, four quarters (triwulan) and twelve months, and a total row.
 */
public final class RakSummary {
    /** How the form is grouped. */
    public enum Level {
        SKPD("skpd"), SUB_KEGIATAN("sub-kegiatan"), ACCOUNT("account");

        public final String id;

        Level(String id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    @JsonPropertyOrder({"code", "name", "pagu", "totalRak", "semesters", "quarters", "months"})
    public record Line(String code, String name, BigDecimal pagu, BigDecimal totalRak, BigDecimal[] semesters, BigDecimal[] quarters, BigDecimal[] months) {
    }

    @JsonPropertyOrder({"tenant", "fiscalYear", "stage", "level", "rows", "total"})
    public record Result(String tenant, int fiscalYear, String stage, String level, List<Line> rows, Line total) {
    }

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private RakSummary() {
    }

    public static Result run(DSLContext dsl, String tenant, RakScope scope, Level level) {
        int rak = scope.rak().orElseThrow().id();
        Field<String> code = switch (level) {
            case SKPD -> RAK_ROW.SKPD_CODE;
            case SUB_KEGIATAN -> RAK_ROW.SUB_KEGIATAN;
            case ACCOUNT -> DSL.concat(RAK_ROW.SUB_KEGIATAN, DSL.val(" / "), RAK_ROW.ACCOUNT_NORM);
        };
        Field<String> name = switch (level) {
            case SKPD -> DSL.max(RAK_ROW.SKPD_NAME);
            case SUB_KEGIATAN -> DSL.max(RAK_ROW.SUB_KEGIATAN_NAME);
            case ACCOUNT -> DSL.max(RAK_ROW.ACCOUNT_NAME);
        };
        List<Field<?>> fields = new ArrayList<>(List.of(code, name));
        List<Field<BigDecimal>> months = List.of(RAK_ROW.M1, RAK_ROW.M2, RAK_ROW.M3, RAK_ROW.M4, RAK_ROW.M5, RAK_ROW.M6, RAK_ROW.M7, RAK_ROW.M8,
                RAK_ROW.M9, RAK_ROW.M10, RAK_ROW.M11, RAK_ROW.M12);
        months.forEach(m -> fields.add(DSL.sum(m)));
        Map<String, BigDecimal> pagu = pagu(dsl, tenant, scope, level);
        // a RAK export often leaves the SKPD's name out: the tenant's agency list has it
        Map<String, String> skpdNames = new HashMap<>();
        if (level == Level.SKPD) {
            dsl.select(SKPD.CODE, SKPD.NAME).from(SKPD).where(SKPD.TENANT_ID.eq(tenant)).forEach(x -> skpdNames.put(x.value1(), x.value2()));
        }
        List<Line> rows = new ArrayList<>();
        BigDecimal[] totalMonths = zeros(12);
        BigDecimal totalPagu = NONE;
        for (Record r : dsl.select(fields).from(RAK_ROW).where(RAK_ROW.TENANT_ID.eq(tenant), RAK_ROW.REVISION_ID.eq(rak)).groupBy(code).orderBy(code).fetch()) {
            BigDecimal[] m = new BigDecimal[12];
            for (int i = 0; i < 12; i++) {
                m[i] = r.get(2 + i, BigDecimal.class);
                totalMonths[i] = totalMonths[i].add(m[i]);
            }
            String c = r.get(0, String.class);
            BigDecimal p = pagu.getOrDefault(c, NONE);
            totalPagu = totalPagu.add(p);
            String n = r.get(1, String.class);
            rows.add(line(c, n != null ? n : skpdNames.get(c), p, m));
        }
        return new Result(tenant, scope.year(), scope.stage().name(), level.id, rows, line(null, null, totalPagu, totalMonths));
    }

    private static Map<String, BigDecimal> pagu(DSLContext dsl, String tenant, RakScope scope, Level level) {
        Map<String, BigDecimal> out = new HashMap<>();
        if (scope.budget().isEmpty()) {
            return out;
        }
        Field<String> code = switch (level) {
            case SKPD -> BUDGET_LINE.SKPD_CODE;
            case SUB_KEGIATAN -> BUDGET_LINE.SUB_KEGIATAN;
            case ACCOUNT -> DSL.concat(BUDGET_LINE.SUB_KEGIATAN, DSL.val(" / "), DSL.coalesce(BUDGET_LINE.ACCOUNT_NORM, BUDGET_LINE.ACCOUNT));
        };
        dsl.select(code, DSL.sum(BUDGET_LINE.TOTAL)).from(BUDGET_LINE)
                .where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(scope.budget().get().id())).groupBy(code)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private static Line line(String code, String name, BigDecimal pagu, BigDecimal[] m) {
        BigDecimal[] q = zeros(4);
        BigDecimal[] s = zeros(2);
        BigDecimal total = NONE;
        for (int i = 0; i < 12; i++) {
            q[i / 3] = q[i / 3].add(m[i]);
            s[i / 6] = s[i / 6].add(m[i]);
            total = total.add(m[i]);
        }
        return new Line(code, name, pagu, total, s, q, m);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, NONE);
        return a;
    }

    /** The form's table: Kode, Uraian, Pagu, Total RAK, Semester I-II, Triwulan I-IV, Januari-Desember; the total row last. */
    public static Table table(Result r) {
        List<Col> cols = new ArrayList<>(List.of(Col.code("code"), Col.text("name"), Col.money("pagu"), Col.money("totalRak"),
                Col.money("semester1"), Col.money("semester2"), Col.money("triwulan1"), Col.money("triwulan2"), Col.money("triwulan3"), Col.money("triwulan4")));
        for (int m = 1; m <= 12; m++) {
            cols.add(Col.money("m" + m));
        }
        Table t = new Table(cols.toArray(Col[]::new));
        for (Line l : r.rows()) {
            t.row(cells(l, l.code(), l.name()));
        }
        return t;
    }

    private static Object[] cells(Line l, String code, String name) {
        Object[] row = new Object[22];
        row[0] = code;
        row[1] = name;
        row[2] = l.pagu();
        row[3] = l.totalRak();
        row[4] = l.semesters()[0];
        row[5] = l.semesters()[1];
        for (int i = 0; i < 4; i++) {
            row[6 + i] = l.quarters()[i];
        }
        for (int i = 0; i < 12; i++) {
            row[10 + i] = l.months()[i];
        }
        return row;
    }

    public static Report report(Result r, String regionName, Labels l, Report.Signature signature) {
        Table t = table(r);
        t.row(cells(r.total(), null, l.get("row.total")));
        Report rep = new Report(l, l.get("rakForm.title", regionName, r.tenant(), r.fiscalYear(), r.stage()))
                .fact("fact.region", regionName + " (" + r.tenant() + ")", ColumnType.TEXT)
                .fact("fact.fiscalYear", String.valueOf(r.fiscalYear()), ColumnType.CODE)
                .fact("fact.stage", r.stage(), ColumnType.TEXT)
                .fact("fact.level", l.get("level." + r.level()), ColumnType.TEXT)
                .fact("fact.pagu", r.total().pagu(), ColumnType.MONEY)
                .fact("fact.totalRak", r.total().totalRak(), ColumnType.MONEY);
        rep.section(new Report.TableSection("rak", l.get("heading.rakForm"), l.get("sheet.rak"), t, true, true, true));
        return rep.signature(signature);
    }
}
