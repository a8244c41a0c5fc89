package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import id.kenda.domain.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code stage-mismatch}: a DPA-P file's sebelum side, summed per sub kegiatan and account, is not
 * what the stored earlier stage holds for it (the file was printed from another stage, or the
 * earlier stage imported is not the one approved). Reported at the end, on the first line of the
 * sub kegiatan and account (line 0 for one the file lacks).
 */
public final class StageMismatchRule extends BaseRule {
    private final String stage;
    private final Map<String, BigDecimal> stored;
    private final Map<String, BigDecimal> stated = new LinkedHashMap<>();
    private final Map<String, ParsedLine> first = new LinkedHashMap<>();

    /** {@code stored}: the earlier stage's sum per {@link #key}; null when there is nothing to check against (the rule stays silent). */
    public StageMismatchRule(String stage, Map<String, BigDecimal> stored) {
        super(Rule.STAGE_MISMATCH);
        this.stage = stage;
        this.stored = stored;
    }

    /** The key of a sub kegiatan and an account (normalised, or as written when it is malformed). */
    public static String key(String subKegiatan, String accountNorm) {
        return subKegiatan + "|" + accountNorm;
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (stored == null || l.subKegiatan() == null || l.account() == null) {
            return;
        }
        // stored lines keep a malformed account as written: the same key here
        String k = key(l.subKegiatan(), l.accountNorm() != null ? l.accountNorm() : l.account());
        first.putIfAbsent(k, l);
        stated.merge(k, l.before() == null ? BigDecimal.ZERO : l.before(), BigDecimal::add);
    }

    @Override
    public void end(Findings out) {
        if (stored == null) {
            return;
        }
        for (Map.Entry<String, BigDecimal> e : stated.entrySet()) {
            BigDecimal s = stored.getOrDefault(e.getKey(), BigDecimal.ZERO);
            if (s.compareTo(e.getValue()) != 0) {
                ParsedLine l = first.get(e.getKey());
                report(l, l.account(), e.getValue(), s, out);
            }
        }
        for (Map.Entry<String, BigDecimal> e : new TreeMap<>(stored).entrySet()) {
            if (!stated.containsKey(e.getKey()) && e.getValue().signum() != 0) {
                String[] parts = e.getKey().split("\\|", 2);
                report(ParsedLine.at(0, null, parts[0], parts[1]), parts[1], BigDecimal.ZERO, e.getValue(), out);
            }
        }
    }

    private void report(ParsedLine l, String account, BigDecimal stated, BigDecimal stored, Findings out) {
        out.add(l, Rule.STAGE_MISMATCH, "sebelum_jumlah", Money.clean(stated).toPlainString(), Money.clean(stored).toPlainString(),
                Text.of("stageMismatch", l.subKegiatan(), account, Money.rupiah(stated), stage, Money.rupiah(stored)));
    }
}
