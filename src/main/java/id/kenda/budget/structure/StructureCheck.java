package id.kenda.budget.structure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.domain.AccountCode;
import id.kenda.domain.MandatorySpending;
import id.kenda.domain.SubKegiatanCode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static id.kenda.db.schema.Tables.BUDGET_LINE;

/**
 * Each mandatory-spending share over one stored budget revision: numerator / base x 100, two
 * decimals (half up), compared as shown: a maximum holds while the share is at most the limit, a
 * minimum while it is at least the limit.
 */
public final class StructureCheck {
    /** One rule's outcome; {@code status} is ok, warning, error or info. */
    @JsonPropertyOrder({"id", "basis", "numerator", "base", "share", "limit", "direction", "status"})
    public record RuleResult(String id, String basis, BigDecimal numerator, BigDecimal base, BigDecimal share, BigDecimal limit, String direction,
                             String status) {
    }

    @JsonPropertyOrder({"tenant", "fiscalYear", "stage", "revision", "totalBelanja", "rules"})
    public record Result(String tenant, int fiscalYear, String stage, Integer revision, BigDecimal totalBelanja, List<RuleResult> rules) {
        public long failing(String status) {
            return rules.stream().filter(r -> r.status().equals(status)).count();
        }
    }

    /** Zero as stored amounts are written (two decimals). */
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private StructureCheck() {
    }

    /** The shares of the lines of {@code revision}; {@code stage} null (and no rules) when the year has no budget. */
    public static Result run(DSLContext dsl, String tenant, int year, String stage, Integer revision, List<MandatorySpending.Rule> rules) {
        if (revision == null) {
            return new Result(tenant, year, null, null, NONE, List.of());
        }
        int n = rules.size();
        BigDecimal[] numerator = new BigDecimal[n];
        BigDecimal[] base = new BigDecimal[n];
        List<List<String>> accountKeys = new ArrayList<>();
        List<List<String>> excludeKeys = new ArrayList<>();
        List<List<String>> baseExcludeKeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            numerator[i] = NONE;
            base[i] = NONE;
            accountKeys.add(keys(rules.get(i).accounts()));
            excludeKeys.add(keys(rules.get(i).excludeAccounts()));
            baseExcludeKeys.add(keys(rules.get(i).baseExcludeAccounts()));
        }
        BigDecimal belanja = NONE;
        Field<String> account = DSL.coalesce(BUDGET_LINE.ACCOUNT_NORM, BUDGET_LINE.ACCOUNT);
        Field<BigDecimal> sum = DSL.sum(BUDGET_LINE.TOTAL);
        try (var cursor = dsl.select(BUDGET_LINE.SUB_KEGIATAN, account, sum).from(BUDGET_LINE)
                .where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(revision))
                .groupBy(BUDGET_LINE.SUB_KEGIATAN, account).fetchSize(5000).fetchLazy()) {
            for (var row : cursor) {
                String acct = AccountCode.normalise(row.value2()).orElse(row.value2());
                BigDecimal amount = row.value3() == null ? BigDecimal.ZERO : row.value3();
                if (!AccountCode.under(acct, "5")) {
                    continue;
                }
                belanja = belanja.add(amount);
                String bidang = SubKegiatanCode.prefix(row.value1(), 2);
                for (int i = 0; i < n; i++) {
                    MandatorySpending.Rule r = rules.get(i);
                    if (!anyUnder(acct, baseExcludeKeys.get(i))) {
                        base[i] = base[i].add(amount);
                    }
                    boolean inBidang = r.bidang().isEmpty() || r.bidang().contains(bidang);
                    boolean onAccounts = accountKeys.get(i).isEmpty() || anyUnder(acct, accountKeys.get(i));
                    if (inBidang && onAccounts && !anyUnder(acct, excludeKeys.get(i))) {
                        numerator[i] = numerator[i].add(amount);
                    }
                }
            }
        }
        List<RuleResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MandatorySpending.Rule r = rules.get(i);
            BigDecimal share = base[i].signum() == 0 ? null : numerator[i].multiply(BigDecimal.valueOf(100)).divide(base[i], 2, RoundingMode.HALF_UP);
            out.add(new RuleResult(r.id(), r.basis(), numerator[i], base[i], share, r.limit(), r.direction().id(), status(r, share, year)));
        }
        return new Result(tenant, year, stage, revision, belanja, out);
    }

    /** ok, or the rule's severity when its share is past the limit (a warning before the rule's errorFrom year). */
    static String status(MandatorySpending.Rule r, BigDecimal share, int year) {
        if (r.direction() == MandatorySpending.Direction.NONE || r.limit() == null || share == null) {
            return "info";
        }
        int c = share.compareTo(r.limit());
        boolean holds = r.direction() == MandatorySpending.Direction.MAX ? c <= 0 : c >= 0;
        if (holds) {
            return "ok";
        }
        if (r.severity().equals("error") && r.errorFrom() != null && year < r.errorFrom()) {
            return "warning";
        }
        return r.severity();
    }

    private static List<String> keys(List<String> prefixes) {
        return prefixes.stream().map(p -> AccountCode.prefixKey(p).orElseThrow(() -> new IllegalArgumentException("not an account prefix: " + p))).toList();
    }

    private static boolean anyUnder(String account, List<String> keys) {
        for (String k : keys) {
            if (AccountCode.under(account, k)) {
                return true;
            }
        }
        return false;
    }
}
