package id.kenda.budget;

import id.kenda.budget.rules.BudgetRule;
import id.kenda.budget.rules.Findings;
import id.kenda.budget.rules.ParsedLine;
import id.kenda.core.Text;
import id.kenda.budget.rules.Rules;
import id.kenda.budget.rules.StageMismatchRule;
import id.kenda.budget.rules.TotalMismatchRule;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.core.Progress;
import id.kenda.domain.AccountCode;
import id.kenda.domain.Money;
import id.kenda.domain.SkpdCode;
import id.kenda.domain.SubKegiatanCode;
import id.kenda.io.AmountException;
import id.kenda.io.Prefetch;
import id.kenda.io.Row;
import id.kenda.io.TableReader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validation engine: streams the file, parses each row once into a {@link ParsedLine}, runs
 * the ordered rules of {@link Rules#standard} on it (a rule is skipped on a line where a field it
 * needs is unusable), keeps one finding per rule and line, counts every finding and caps what it
 * lists. Memory holds the price index, the per-sub-kegiatan totals and the capped findings, never
 * the file.
 */
public final class Validator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The tenant's pricing policy as the rules need it. */
    public record Policy(boolean sshIncludesPpn, List<BigDecimal> ppnRates) {
    }

    /** Sees each line with whether it had an error: budget import stores lines through it. */
    @FunctionalInterface
    public interface LineListener {
        void accept(BudgetLine line, boolean hasError);
    }

    private final PriceIndex prices;
    private final Policy policy;
    private final Map<String, BigDecimal> pagu;
    private final int maxFindings;
    private final Progress progress;
    private Collection<String> knownSkpd = List.of();

    private final Map<Rule, Long> byRule = new EnumMap<>(Rule.class);
    private final List<Finding> findings = new ArrayList<>();
    /** Per sub kegiatan: its SKPD, lines and running total, in one entry (a 5,000,000-line file has 250,000 of them). */
    private static final class SubTotal {
        String skpd;
        long lines;
        BigDecimal total = BigDecimal.ZERO;
    }

    private final Map<String, SubTotal> totals = new HashMap<>();
    private final Map<String, long[]> skpdCounts = new TreeMap<>();
    private long lines;
    private long exempt;
    private long errors;
    private long warnings;
    private BigDecimal grandTotal = BigDecimal.ZERO;

    /** The one sink every rule reports to: one finding per rule and line, counted always, listed up to the cap. */
    private final Findings sink = this::add;
    private boolean lineHadError;
    private int seenOnLine;

    public Validator(PriceIndex prices, Policy policy, Map<String, BigDecimal> pagu, int maxFindings, Progress progress) {
        this.prices = prices;
        this.policy = policy;
        this.pagu = pagu == null ? Map.of() : pagu;
        this.maxFindings = maxFindings <= 0 ? Integer.MAX_VALUE : maxFindings;
        this.progress = progress;
    }

    /** Checks SKPD codes against the tenant's agency list (rule skpd-unknown); an empty list checks nothing. */
    /** The stored stage a DPA-P file's sebelum side must match: its name and sum per sub kegiatan and account ({@link StageMismatchRule#key}). */
    public record PreviousStage(String name, Map<String, BigDecimal> sums) {
    }

    private PreviousStage previousStage;
    private long removedLines;

    /** DPA-P lines of the last run whose setelah side was empty: dropped in this stage, so not stored. */
    public long removedLines() {
        return removedLines;
    }

    /** Checks a file's sebelum_jumlah against this stored stage ({@code stage-mismatch}). */
    public Validator previousStage(PreviousStage stage) {
        this.previousStage = stage;
        return this;
    }

    public Validator skpdList(Collection<String> codes) {
        this.knownSkpd = codes == null ? List.of() : codes;
        return this;
    }

    /** Checks every line of a file; the listener (may be null) sees each parsed line. */
    public ValidationResult run(TableReader reader, String tenant, int year, LineListener listener) {
        if (!reader.has("koefisien") && !reader.has("volume")) {
            throw new KendaException(ExitCode.DATA, reader.fileName() + ":" + reader.headerLine() + ": the file has neither a koefisien nor a volume column",
                    "add one of them (koefisien like '2 Orang x 3 Kali', or volume)");
        }
        if (!reader.has("code") && !reader.has("sipdId") && !reader.has("name")) {
            throw new KendaException(ExitCode.DATA, reader.fileName() + ":" + reader.headerLine() + ": the file has no column that names the item "
                    + "(kode_barang, id_standar_harga or nama_komponen)", "export the budget lines with the item columns");
        }
        boolean dpaP = previousStage != null && reader.has("before");
        col = Columns.of(reader);
        List<BudgetRule> rules = Rules.standard(policy.sshIncludesPpn(), policy.ppnRates(), prices, pagu, knownSkpd,
                dpaP ? previousStage.name() : null, dpaP ? previousStage.sums() : null);
        // what each rule needs, as bits of BudgetRule.Needs, and whether it runs on a line removed in this stage
        int[] needs = new int[rules.size()];
        boolean[] onRemoved = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            for (BudgetRule.Needs n : rules.get(i).needs()) {
                needs[i] |= 1 << n.ordinal();
            }
            onRemoved[i] = rules.get(i) instanceof StageMismatchRule || rules.get(i) instanceof TotalMismatchRule;
        }
        // the file is decoded and split into cells on a second thread while this one checks (same result on one)
        String progressLabel = "validating " + reader.fileName();
        try (Prefetch<Row> rows = Prefetch.of(reader, r -> r)) {
            for (Row row : rows) {
                if (row.ragged()) {
                    throw new KendaException(ExitCode.DATA, reader.fileName() + ":" + row.line() + ": the line has " + row.size()
                            + " cells where the header has " + row.headerSize(), "fix the stray delimiter or quote on that line");
                }
                lines++;
                progress.update(progressLabel, lines, reader.fractionRead());
                ParsedLine parsed = parse(row);
                lineHadError = false;
                seenOnLine = 0;
                // a DPA-P line removed in this stage: its sebelum side counts, there is no line to check or store
                boolean removed = removedInThisStage(parsed);
                if (removed) {
                    removedLines++;
                }
                int usable = usable(parsed);
                for (int i = 0; i < needs.length; i++) {
                    if ((needs[i] & usable) == needs[i] && (!removed || onRemoved[i])) {
                        rules.get(i).check(parsed, sink);
                    }
                }
                if (listener != null && !removed) {
                    listener.accept(budgetLine(parsed), lineHadError);
                }
            }
        }
        // findings at the end are each about a different place: none is a repeat on the last line
        Findings atEnd = (l, rule, field, value, expected, message) -> {
            seenOnLine = 0;
            add(l, rule, field, value, expected, message);
        };
        rules.forEach(r -> r.end(atEnd));
        progress.done();
        List<ValidationResult.SubKegiatanTotal> subs = new ArrayList<>();
        for (Map.Entry<String, SubTotal> e : new TreeMap<>(totals).entrySet()) {
            subs.add(new ValidationResult.SubKegiatanTotal(e.getKey(), e.getValue().skpd, e.getValue().lines,
                    Money.clean(e.getValue().total), Money.clean(pagu.get(e.getKey()))));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        byRule.forEach((k, v) -> counts.put(k.id, v));
        Map<String, ValidationResult.SkpdCount> bySkpd = new LinkedHashMap<>();
        skpdCounts.forEach((k, v) -> bySkpd.put(k, new ValidationResult.SkpdCount(v[0], v[1])));
        return new ValidationResult(reader.fileName(), tenant, year, lines, lines - exempt, exempt, errors, warnings, counts,
                findings, errors + warnings > findings.size(), Money.clean(grandTotal), bySkpd, subs);
    }

    /** A DPA-P line whose setelah side is empty or zero: the item was dropped from this stage. */
    private static boolean removedInThisStage(ParsedLine l) {
        return l.beforeText() != null && l.koefisienText() == null && l.volumeText() == null
                && (l.jumlah() == null ? l.jumlahText() == null : l.jumlah().signum() == 0);
    }

    /** The fields usable on the line, as bits of {@link BudgetRule.Needs}: a rule runs when it has all it needs. */
    private static int usable(ParsedLine l) {
        int bits = 0;
        for (BudgetRule.Needs n : NEEDS) {
            boolean ok = switch (n) {
                case CODES -> l.codeProblem() == null;
                case ITEM -> l.item() != null;
                case PRICED -> !l.exempt();
                case PRICE -> l.price() != null;
                case ACCOUNT -> l.accountNorm() != null;
                case UNIT -> l.unit() != null;
            };
            bits |= ok ? 1 << n.ordinal() : 0;
        }
        return bits;
    }

    private static final BudgetRule.Needs[] NEEDS = BudgetRule.Needs.values();

    /** Each column's cell in the file's rows ({@link TableReader#slot}), looked up once per file, not on every line. */
    private record Columns(int account, int before, int change, int code, int koefisien, int name, int ppn, int price, int sipdId, int skpd, int spec, int subKegiatan, int total, int unit, int volume) {
        static Columns of(TableReader t) {
            return new Columns(t.slot("account"), t.slot("before"), t.slot("change"), t.slot("code"), t.slot("koefisien"), t.slot("name"), t.slot("ppn"), t.slot("price"), t.slot("sipdId"), t.slot("skpd"), t.slot("spec"), t.slot("subKegiatan"), t.slot("total"), t.slot("unit"), t.slot("volume"));
        }
    }

    private Columns col;

    /**
     * Reads every field of a row once (codes, amounts, koefisien), matches the item and adds the
     * line to its sub kegiatan's running total; one record per line, on the checking thread
     * (decoding on the reading thread measured slower: that thread became the bottleneck).
     */
    private ParsedLine parse(Row r) {
        int line = r.line();
        String skpd = r.get(col.skpd);
        String sub = r.get(col.subKegiatan);
        String account = r.get(col.account);
        String accountNorm = account == null ? null : normaliseAccount(account);
        ParsedLine.CodeProblem codeProblem = null;
        if (sub == null || !subOk(sub)) {
            codeProblem = new ParsedLine.CodeProblem("kode_sub_kegiatan", sub, Text.of("expected.subKegiatanCode"),
                    Text.of("code.subKegiatan", nz(sub)));
        } else if (accountNorm == null) {
            codeProblem = new ParsedLine.CodeProblem("kode_rekening", account, Text.of("expected.accountCode"),
                    Text.of("code.account", nz(account)));
        } else if (skpd != null && !skpdOk(skpd)) {
            codeProblem = new ParsedLine.CodeProblem("kode_skpd", skpd, Text.of("expected.skpdCode"),
                    Text.of("code.skpd", skpd));
        }

        BigDecimal price = null;
        Text priceProblem = null;
        try {
            price = r.amount(col.price, "price");
        } catch (AmountException e) {
            priceProblem = e.text();
        }
        BigDecimal ppn = BigDecimal.ZERO;
        Text ppnProblem = null;
        if (r.get(col.ppn) != null) {
            try {
                ppn = r.percent(col.ppn, "ppn");
            } catch (AmountException e) {
                ppn = BigDecimal.ZERO;
                ppnProblem = e.text();
            }
        }

        String koefText = r.get(col.koefisien);
        Koefisien koef = koefText == null ? null : Koefisien.parse(koefText).orElse(null);
        BigDecimal given = null;
        Text volumeProblem = null;
        if (r.get(col.volume) != null) {
            try {
                given = r.amount(col.volume, "volume");
            } catch (AmountException e) {
                volumeProblem = e.text();
            }
        }
        boolean volumeOk = volumeProblem == null && (koefText == null || koef != null);
        BigDecimal volume = given;
        if (volumeOk && volume == null && koef != null) {
            volume = koef.volume();
        }
        boolean volumeUsable = volumeOk && volume != null && volume.signum() > 0;

        BigDecimal computed = null;
        if (price != null && priceProblem == null && ppnProblem == null && volumeUsable) {
            computed = volume.multiply(price).multiply(ppnFactor(ppn)).setScale(0, RoundingMode.HALF_UP);
        }
        boolean jumlahColumn = col.total >= 0;
        String jumlahText = jumlahColumn ? r.get(col.total) : null;
        BigDecimal jumlah = null;
        Text jumlahProblem = null;
        if (jumlahText != null) {
            try {
                jumlah = r.amount(col.total, "total");
            } catch (AmountException e) {
                jumlahProblem = e.text();
            }
        }

        String code = r.get(col.code) == null ? null : nospace(r.get(col.code));
        Long sipdId = null;
        String sipdText = r.get(col.sipdId);
        if (sipdText != null) {
            try {
                sipdId = new BigDecimal(nospace(sipdText)).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                sipdId = null;
            }
        }
        String name = r.get(col.name);
        String spec = r.get(col.spec);
        String unit = r.get(col.unit);
        if (unit == null && koef != null && koef.units().stream().noneMatch(String::isEmpty)) {
            unit = String.join(" / ", koef.units());
        }
        boolean isExempt = sipdId != null && sipdId == 0 && accountNorm != null && AccountCode.isGrantOrAid(accountNorm);
        if (isExempt) {
            exempt++;
        }
        BigDecimal before = null;
        BigDecimal change = null;
        Text sideProblem = null;
        try {
            before = r.get(col.before) == null ? null : r.amount(col.before, "before");
            change = r.get(col.change) == null ? null : r.amount(col.change, "change");
        } catch (AmountException e) {
            sideProblem = e.text();
        }
        return new ParsedLine(line, skpd, sub, account, accountNorm, codeProblem, r.get(col.price), price, priceProblem,
                r.get(col.ppn), ppn, ppnProblem, koefText, koef, r.get(col.volume), volume, given, volumeProblem,
                jumlahColumn, jumlahText, jumlah, jumlahProblem, computed, code, sipdId, name, spec, unit, isExempt,
                isExempt ? null : prices.find(code, sipdId, name, spec, unit), runningTotal(sub, skpd, jumlah != null ? jumlah : computed),
                r.get(col.before), before, r.get(col.change), change, sideProblem);
    }

    /** Adds a line's total to its sub kegiatan's and the file's; the sub kegiatan's total so far (null without a sub kegiatan). */
    private BigDecimal runningTotal(String sub, String skpd, BigDecimal lineTotal) {
        BigDecimal subTotal = null;
        if (sub != null) {
            // lines of a block share their sub kegiatan: its entry is looked up once per block
            if (current == null || !sub.equals(currentSub)) {
                currentSub = sub;
                current = totals.computeIfAbsent(sub, k -> new SubTotal());
                if (current.skpd == null) {
                    current.skpd = skpd; // the first SKPD a block of the sub kegiatan names
                }
            }
            current.lines++;
            if (lineTotal != null) {
                current.total = current.total.add(lineTotal);
            }
            subTotal = current.total;
        }
        if (lineTotal != null) {
            grandTotal = grandTotal.add(lineTotal);
        }
        return subTotal;
    }

    private static BudgetLine budgetLine(ParsedLine l) {
        return new BudgetLine(l.line(), l.skpd(), l.subKegiatan(), l.account(), l.accountNorm(), l.code(), l.sipdId(), l.name(), l.spec(),
                l.koefisienText(), l.volume(), l.unit(), l.price(), l.ppn(), l.jumlah() != null ? l.jumlah() : l.computed(), l.computed());
    }

    private String currentSub;
    private SubTotal current;
    private final Map<String, String> accountCache = new HashMap<>();
    private BigDecimal lastPpn;
    private BigDecimal lastPpnFactor;

    private String normaliseAccount(String account) {
        String n = accountCache.get(account);
        if (n == null && !accountCache.containsKey(account)) {
            n = AccountCode.normalise(account).orElse(null);
            if (accountCache.size() < 50_000) {
                accountCache.put(account, n);
            }
        }
        return n;
    }

    private BigDecimal ppnFactor(BigDecimal ppn) {
        if (!ppn.equals(lastPpn)) {
            lastPpn = ppn;
            lastPpnFactor = BigDecimal.ONE.add(ppn.divide(HUNDRED));
        }
        return lastPpnFactor;
    }

    private String lastSub;
    private boolean lastSubOk;
    private String lastSkpd;
    private boolean lastSkpdOk;

    /** Lines of a block share their codes: each is matched once, not per line. */
    private boolean subOk(String sub) {
        if (!sub.equals(lastSub)) {
            lastSub = sub;
            lastSubOk = SubKegiatanCode.isValid(sub);
        }
        return lastSubOk;
    }

    private boolean skpdOk(String skpd) {
        if (!skpd.equals(lastSkpd)) {
            lastSkpd = skpd;
            lastSkpdOk = SkpdCode.isValid(skpd);
        }
        return lastSkpdOk;
    }

    private static String nospace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s.replaceAll("\\s+", "");
            }
        }
        return s;
    }

    private void add(ParsedLine l, Rule rule, String field, String value, Object expected, Text message) {
        int bit = 1 << rule.ordinal();
        if ((seenOnLine & bit) != 0) {
            return;
        }
        seenOnLine |= bit;
        byRule.merge(rule, 1L, Long::sum);
        long[] perSkpd = skpdCounts.computeIfAbsent(l.skpd() == null ? "-" : l.skpd(), k -> new long[2]);
        if (rule.severity == Rule.Severity.ERROR) {
            errors++;
            perSkpd[0]++;
            lineHadError = true;
        } else {
            warnings++;
            perSkpd[1]++;
        }
        if (findings.size() < maxFindings) {
            findings.add(Finding.of(l.line(), rule, field, value, expected, message, l.skpd(), l.subKegiatan(), l.account(), l.code(), l.name()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
