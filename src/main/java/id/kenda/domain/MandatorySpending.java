package id.kenda.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mandatory-spending shares the Ministries check when they evaluate an APBD, each a share of
 * one part of spending in another, with its legal basis and limit; a region's spec may override
 * the limits, functions (urusan.bidang of the sub kegiatan) and accounts of each.
 */
public final class MandatorySpending {
    /** Whether the share must stay at or below the limit, at or above it, or is shown only. */
    public enum Direction {
        MAX, MIN, NONE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One rule: numerator = lines of {@code bidang} (all when empty) on {@code accounts} (all
     * spending when empty) minus {@code excludeAccounts}; base = all spending (accounts 5) minus
     * {@code baseExcludeAccounts}. Before {@code errorFrom} a failing share is a warning.
     */
    public record Rule(String id, String basis, List<String> bidang, List<String> accounts, List<String> excludeAccounts,
                       List<String> baseExcludeAccounts, BigDecimal limit, Direction direction, String severity, Integer errorFrom) {
    }

    /** What a tenant spec may change of a rule ({@code structure: {belanja-pegawai: {max: 30, errorFrom: 2027}}}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"max", "min", "errorFrom", "severity", "bidang", "accounts", "excludeAccounts"})
    public record Override(BigDecimal max, BigDecimal min, Integer errorFrom, String severity, List<String> bidang, List<String> accounts,
                           List<String> excludeAccounts) {
    }

    /** The HKPD transition: five years after 2022, so a failing share is an error from fiscal year 2027. */
    public static final int HKPD_IN_FORCE = 2027;

    public static final List<Rule> DEFAULTS = List.of(
            new Rule("belanja-pegawai", "UU 1/2022 (HKPD) pasal 146", List.of(), List.of("5.1.01"), List.of(), List.of(),
                    BigDecimal.valueOf(30), Direction.MAX, "error", HKPD_IN_FORCE),
            new Rule("pendidikan", "UU 20/2003 pasal 49", List.of("1.01"), List.of(), List.of(), List.of(),
                    BigDecimal.valueOf(20), Direction.MIN, "error", null),
            new Rule("infrastruktur", "UU 1/2022 (HKPD) pasal 147", List.of("1.03", "1.04", "2.15"), List.of("5.2"), List.of(), List.of("5.4"),
                    BigDecimal.valueOf(40), Direction.MIN, "error", HKPD_IN_FORCE),
            new Rule("kesehatan", "UU 17/2023 (no mandatory share)", List.of("1.02"), List.of(), List.of(), List.of(),
                    null, Direction.NONE, "info", null));

    private MandatorySpending() {
    }

    /** The rule ids, in order. */
    public static List<String> ids() {
        return DEFAULTS.stream().map(Rule::id).toList();
    }

    /** What is wrong with one override, as "field: problem" texts (empty when it is fine). */
    public static List<String> problems(String id, Override o) {
        List<String> out = new ArrayList<>();
        Rule r = DEFAULTS.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
        if (r == null) {
            out.add(": unknown rule; the rules are " + String.join(", ", ids()));
            return out;
        }
        if (o == null) {
            return out;
        }
        limit(".max", o.max(), out);
        limit(".min", o.min(), out);
        if (o.max() != null && r.direction() == Direction.MIN || o.min() != null && r.direction() == Direction.MAX) {
            out.add((o.max() != null ? ".max" : ".min") + ": " + id + " is a " + (r.direction() == Direction.MIN ? "minimum" : "maximum")
                    + " share; set " + (r.direction() == Direction.MIN ? "min" : "max"));
        }
        if (o.errorFrom() != null && (o.errorFrom() < 2000 || o.errorFrom() > 2100)) {
            out.add(".errorFrom: " + o.errorFrom() + " is not a fiscal year");
        }
        if (o.severity() != null && !List.of("error", "warning", "info").contains(o.severity())) {
            out.add(".severity: '" + o.severity() + "' is not error, warning or info");
        }
        if (o.bidang() != null) {
            for (String b : o.bidang()) {
                if (b == null || !b.matches("\\d\\.\\d{2}")) {
                    out.add(".bidang: '" + b + "' is not an urusan.bidang code such as 1.01");
                }
            }
        }
        accounts(".accounts", o.accounts(), out);
        accounts(".excludeAccounts", o.excludeAccounts(), out);
        return out;
    }

    private static void limit(String field, BigDecimal v, List<String> out) {
        if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)) {
            out.add(field + ": " + v.toPlainString() + " is not a share between 0 and 100");
        }
    }

    private static void accounts(String field, List<String> accounts, List<String> out) {
        if (accounts != null) {
            for (String a : accounts) {
                if (AccountCode.prefixKey(a).isEmpty()) {
                    out.add(field + ": '" + a + "' is not an account code or prefix such as 5.1.01");
                }
            }
        }
    }

    /** The rules with a spec's overrides applied (overrides already validated). */
    public static List<Rule> rules(Map<String, Override> overrides) {
        Map<String, Override> o = overrides == null ? Map.of() : overrides;
        List<Rule> out = new ArrayList<>();
        for (Rule d : DEFAULTS) {
            Override x = o.get(d.id());
            if (x == null) {
                out.add(d);
                continue;
            }
            BigDecimal limit = x.max() != null ? x.max() : x.min() != null ? x.min() : d.limit();
            out.add(new Rule(d.id(), d.basis(), x.bidang() != null ? x.bidang() : d.bidang(), x.accounts() != null ? x.accounts() : d.accounts(),
                    x.excludeAccounts() != null ? x.excludeAccounts() : d.excludeAccounts(), d.baseExcludeAccounts(), limit,
                    d.direction() == Direction.NONE && limit != null ? (x.max() != null ? Direction.MAX : Direction.MIN) : d.direction(),
                    x.severity() != null ? x.severity() : d.direction() == Direction.NONE && limit != null ? "error" : d.severity(),
                    x.errorFrom() != null ? x.errorFrom() : d.errorFrom()));
        }
        return out;
    }
}
