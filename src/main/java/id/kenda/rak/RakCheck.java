package id.kenda.rak;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.domain.Money;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.kenda.db.schema.Tables.BUDGET_LINE;
import static id.kenda.db.schema.Tables.RAK_ROW;

/**
 * A stored RAK against the stored budget of the same stage, per sub kegiatan and account: the
 * year totals agree within 1 rupiah (rak-mismatch), every budgeted account has a RAK row
 * (rak-missing), every RAK row has budget lines (rak-orphan), the validation flags present are set
 * (rak-unvalidated), and no more than the tenant's late share of a row falls in October-December
 * (rak-late). The totals are summed by the database; rows are read once, as a stream.
 */
public final class RakCheck {
    /** The rules: ids and severities are a contract (README). */
    public enum Rule {
        MISMATCH("rak-mismatch", "error"), MISSING("rak-missing", "error"), ORPHAN("rak-orphan", "error"),
        UNVALIDATED("rak-unvalidated", "warning"), LATE("rak-late", "warning");

        public final String id;
        public final String severity;

        Rule(String id, String severity) {
            this.id = id;
            this.severity = severity;
        }
    }

    @JsonPropertyOrder({"line", "rule", "severity", "message", "skpd", "subKegiatan", "account", "value", "expected"})
    public record Finding(int line, String rule, String severity, String message, String skpd, String subKegiatan, String account, String value,
                          String expected) {
    }

    @JsonPropertyOrder({"budget", "rak", "selisih"})
    public record Totals(BigDecimal budget, BigDecimal rak, BigDecimal selisih) {
    }

    @JsonPropertyOrder({"tenant", "fiscalYear", "stage", "rakRevision", "budgetRevision", "rows", "errors", "warnings", "byRule", "findings",
        "truncated", "total"})
    public record Result(String tenant, int fiscalYear, String stage, int rakRevision, int budgetRevision, long rows, long errors, long warnings,
                         Map<String, Long> byRule, List<Finding> findings, boolean truncated, Totals total) {
    }

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private final int maxFindings;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Long> byRule = new LinkedHashMap<>();
    private long errors;
    private long warnings;

    private RakCheck(int maxFindings) {
        this.maxFindings = maxFindings <= 0 ? Integer.MAX_VALUE : maxFindings;
        for (Rule r : Rule.values()) {
            byRule.put(r.id, 0L);
        }
    }

    /** Checks RAK revision {@code rak} against budget revision {@code budget}; {@code lateShare} in percent (default 50). */
    public static Result run(DSLContext dsl, String tenant, int year, String stage, int rak, int budget, BigDecimal lateShare, int maxFindings) {
        RakCheck c = new RakCheck(maxFindings);
        // both sides summed per (sub kegiatan, account) by the database, read in the same key order
        // and merged: no join of two derived tables (which H2 runs as a nested loop), memory constant
        Field<String> bAcct = DSL.coalesce(BUDGET_LINE.ACCOUNT_NORM, BUDGET_LINE.ACCOUNT);
        BigDecimal budgetTotal = NONE;
        try (var b = dsl.select(BUDGET_LINE.SUB_KEGIATAN, bAcct, DSL.min(BUDGET_LINE.SKPD_CODE), DSL.sum(BUDGET_LINE.TOTAL))
                .from(BUDGET_LINE).where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(budget))
                .groupBy(BUDGET_LINE.SUB_KEGIATAN, bAcct).orderBy(ordered(dsl, BUDGET_LINE.SUB_KEGIATAN), ordered(dsl, bAcct)).fetchSize(5000).fetchLazy();
             var r = dsl.select(RAK_ROW.SUB_KEGIATAN, RAK_ROW.ACCOUNT_NORM, DSL.sum(RAK_ROW.TOTAL), DSL.min(RAK_ROW.LINE_NO), DSL.min(RAK_ROW.ACCOUNT))
                .from(RAK_ROW).where(RAK_ROW.TENANT_ID.eq(tenant), RAK_ROW.REVISION_ID.eq(rak))
                .groupBy(RAK_ROW.SUB_KEGIATAN, RAK_ROW.ACCOUNT_NORM).orderBy(ordered(dsl, RAK_ROW.SUB_KEGIATAN), ordered(dsl, RAK_ROW.ACCOUNT_NORM))
                .fetchSize(5000).fetchLazy()) {
            var x = b.fetchNext();
            var y = r.fetchNext();
            while (x != null || y != null) {
                int cmp = x == null ? 1 : y == null ? -1 : compare(x.value1(), x.value2(), y.value1(), y.value2());
                if (cmp < 0) {
                    BigDecimal inBudget = x.value4() == null ? NONE : x.value4();
                    budgetTotal = budgetTotal.add(inBudget);
                    c.add(0, Rule.MISSING, "sub kegiatan " + x.value1() + ", account " + x.value2() + " is budgeted at " + Money.rupiah(inBudget)
                            + " and has no RAK row", x.value3(), x.value1(), x.value2(), null, Money.clean(inBudget).toPlainString());
                    x = b.fetchNext();
                } else if (cmp > 0) {
                    c.add(y.value4(), Rule.ORPHAN, "sub kegiatan " + y.value1() + ", account " + y.value5() + " has a RAK of " + Money.rupiah(y.value3())
                            + " and no budget lines", null, y.value1(), y.value5(), Money.clean(y.value3()).toPlainString(), null);
                    y = r.fetchNext();
                } else {
                    BigDecimal inBudget = x.value4() == null ? NONE : x.value4();
                    budgetTotal = budgetTotal.add(inBudget);
                    BigDecimal inRak = y.value3();
                    BigDecimal selisih = inRak.subtract(inBudget);
                    if (selisih.abs().compareTo(BigDecimal.ONE) > 0) {
                        c.add(y.value4(), Rule.MISMATCH, "the RAK of sub kegiatan " + y.value1() + ", account " + y.value5() + " totals "
                                        + Money.rupiah(inRak) + ", the budget " + Money.rupiah(inBudget) + " (selisih " + Money.rupiah(selisih) + ")",
                                x.value3(), y.value1(), y.value5(), Money.clean(inRak).toPlainString(), Money.clean(inBudget).toPlainString());
                    }
                    x = b.fetchNext();
                    y = r.fetchNext();
                }
            }
        }
        BigDecimal rakTotal = NONE;
        long rows = 0;
        BigDecimal limit = lateShare == null ? BigDecimal.valueOf(50) : lateShare;
        try (var cursor = dsl.select(RAK_ROW.LINE_NO, RAK_ROW.SKPD_CODE, RAK_ROW.SUB_KEGIATAN, RAK_ROW.ACCOUNT, RAK_ROW.M10, RAK_ROW.M11,
                        RAK_ROW.M12, RAK_ROW.TOTAL, RAK_ROW.VALID_SKPD, RAK_ROW.VALID_SEKDA, RAK_ROW.VALID_BUD)
                .from(RAK_ROW).where(RAK_ROW.TENANT_ID.eq(tenant), RAK_ROW.REVISION_ID.eq(rak)).orderBy(RAK_ROW.LINE_NO).fetchSize(5000).fetchLazy()) {
            for (var x : cursor) {
                rows++;
                rakTotal = rakTotal.add(x.value8());
                List<String> unset = new ArrayList<>();
                if (Boolean.FALSE.equals(x.value9())) {
                    unset.add("SKPD");
                }
                if (Boolean.FALSE.equals(x.value10())) {
                    unset.add("Sekda");
                }
                if (Boolean.FALSE.equals(x.value11())) {
                    unset.add("BUD");
                }
                if (!unset.isEmpty()) {
                    c.add(x.value1(), Rule.UNVALIDATED, "not yet validated by " + String.join(", ", unset), x.value2(), x.value3(), x.value4(),
                            String.join(",", unset), null);
                }
                BigDecimal total = x.value8();
                if (total.signum() > 0) {
                    BigDecimal late = x.value5().add(x.value6()).add(x.value7());
                    BigDecimal share = late.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
                    if (share.compareTo(limit) > 0) {
                        c.add(x.value1(), Rule.LATE, share.toPlainString() + " % of the year's " + Money.rupiah(total) + " falls in October-December"
                                + " (limit " + limit.stripTrailingZeros().toPlainString() + " %): the pattern that leaves SiLPA", x.value2(), x.value3(),
                                x.value4(), share.toPlainString(), limit.stripTrailingZeros().toPlainString());
                    }
                }
            }
        }
        return new Result(tenant, year, stage, rak, budget, rows, c.errors, c.warnings, c.byRule, c.findings, c.errors + c.warnings > c.findings.size(),
                new Totals(budgetTotal, rakTotal, rakTotal.subtract(budgetTotal)));
    }

    private static int compare(String subA, String acctA, String subB, String acctB) {
        int c = subA.compareTo(subB);
        return c != 0 ? c : acctA.compareTo(acctB);
    }

    /** Codes ordered by code point, as Java compares them: H2 does so already, PostgreSQL under the "C" collation. */
    private static Field<String> ordered(DSLContext dsl, Field<String> f) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? DSL.field("{0} collate \"C\"", String.class, f) : f;
    }

    private void add(int line, Rule rule, String message, String skpd, String sub, String account, String value, String expected) {
        byRule.merge(rule.id, 1L, Long::sum);
        if (rule.severity.equals("error")) {
            errors++;
        } else {
            warnings++;
        }
        if (findings.size() < maxFindings) {
            findings.add(new Finding(line, rule.id, rule.severity, message, skpd, sub, account, value, expected));
        }
    }
}
