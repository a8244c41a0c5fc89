package id.kenda.budget;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.core.Progress;
import id.kenda.domain.AccountCode;
import id.kenda.domain.Money;
import id.kenda.io.AmountException;
import id.kenda.io.Row;
import id.kenda.io.TableReader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks every budget line against every rule, streaming: memory holds the price index, the
 * per-sub-kegiatan totals and the capped findings, never the file. A line gets at most one
 * finding per rule; a rule that needs a field skips when an earlier rule found it unusable.
 */
public final class Validator {
    private static final Pattern SUB_KEGIATAN = Pattern.compile("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]\\.[0-9]{1,2}\\.[0-9]{2,4}");
    private static final Pattern SKPD = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,4}){7}");
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
    /** The tenant's agency list; null when it has none, and then any well-formed SKPD code passes. */
    private Set<String> knownSkpd;

    private final Map<Rule, Long> byRule = new EnumMap<>(Rule.class);
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, long[]> lineCounts = new HashMap<>();
    private final Map<String, BigDecimal> totals = new HashMap<>();
    private final Map<String, String> skpdOf = new HashMap<>();
    private final Map<String, Boolean> paguReported = new HashMap<>();
    private final Map<String, long[]> skpdCounts = new TreeMap<>();
    private final LongSet blockLines = new LongSet();
    private String block = "";
    private long lines;
    private long exempt;
    private long errors;
    private long warnings;
    private BigDecimal grandTotal = BigDecimal.ZERO;

    public Validator(PriceIndex prices, Policy policy, Map<String, BigDecimal> pagu, int maxFindings, Progress progress) {
        this.prices = prices;
        this.policy = policy;
        this.pagu = pagu == null ? Map.of() : pagu;
        this.maxFindings = maxFindings <= 0 ? Integer.MAX_VALUE : maxFindings;
        this.progress = progress;
    }

    /** Checks SKPD codes against the tenant's agency list (rule skpd-unknown); an empty list checks nothing. */
    public Validator skpdList(Collection<String> codes) {
        this.knownSkpd = codes == null || codes.isEmpty() ? null : new HashSet<>(codes);
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
        for (Row row : reader) {
            if (row.ragged()) {
                throw new KendaException(ExitCode.DATA, reader.fileName() + ":" + row.line() + ": the line has " + row.size()
                        + " cells where the header has " + row.headerSize(), "fix the stray delimiter or quote on that line");
            }
            lines++;
            progress.update("validating " + reader.fileName(), lines, reader.fractionRead());
            BudgetLine parsed = check(row);
            if (listener != null) {
                listener.accept(parsed, lineHadError);
            }
        }
        progress.done();
        flushBlock();
        List<ValidationResult.SubKegiatanTotal> subs = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : new TreeMap<>(totals).entrySet()) {
            subs.add(new ValidationResult.SubKegiatanTotal(e.getKey(), skpdOf.get(e.getKey()), lineCounts.get(e.getKey())[0],
                    Money.clean(e.getValue()), Money.clean(pagu.get(e.getKey()))));
        }
        Map<String, Long> rules = new LinkedHashMap<>();
        byRule.forEach((k, v) -> rules.put(k.id, v));
        Map<String, ValidationResult.SkpdCount> bySkpd = new LinkedHashMap<>();
        skpdCounts.forEach((k, v) -> bySkpd.put(k, new ValidationResult.SkpdCount(v[0], v[1])));
        return new ValidationResult(reader.fileName(), tenant, year, lines, lines - exempt, exempt, errors, warnings, rules,
                findings, errors + warnings > findings.size(), Money.clean(grandTotal), bySkpd, subs);
    }

    private boolean lineHadError;
    private int seenOnLine;

    private BudgetLine check(Row r) {
        lineHadError = false;
        seenOnLine = 0;
        int line = r.line();
        String skpd = r.get("skpd");
        String sub = r.get("subKegiatan");
        String account = r.get("account");
        String accountNorm = account == null ? null : normaliseAccount(account);

        if (sub == null || !subOk(sub)) {
            add(line, Rule.BAD_CODE, "kode_sub_kegiatan", sub, "urusan.bidang.program.kegiatan.sub, e.g. 2.16.03.2.01.0004",
                    "kode sub kegiatan '" + nz(sub) + "' tidak sah (6 segments expected)", skpd, sub);
        } else if (accountNorm == null) {
            add(line, Rule.BAD_CODE, "kode_rekening", account, "6 segments, e.g. 5.1.02.01.01.0024",
                    "kode rekening '" + nz(account) + "' tidak sah (6 numeric segments expected)", skpd, sub);
        } else if (skpd != null && !skpdOk(skpd)) {
            add(line, Rule.BAD_CODE, "kode_skpd", skpd, "8 segments, e.g. 1.02.0.00.0.00.01.0000",
                    "kode SKPD '" + skpd + "' tidak sah (8 numeric segments expected)", skpd, sub);
        } else if (skpd != null && knownSkpd != null && !knownSkpd.contains(skpd)) {
            add(line, Rule.SKPD_UNKNOWN, "kode_skpd", skpd, "an SKPD of the tenant's list",
                    "SKPD " + skpd + " is not in the tenant's agency list (kenda tenant show lists them; kenda tenant provision --skpd adds one)", skpd, sub);
        }

        BigDecimal price = null;
        boolean priceOk = true;
        try {
            price = r.amount("price");
        } catch (AmountException e) {
            priceOk = false;
            add(line, Rule.TOTAL_MISMATCH, "harga_satuan", r.get("price"), "a number", "harga satuan " + e.getMessage(), skpd, sub);
        }
        BigDecimal ppn = BigDecimal.ZERO;
        boolean ppnOk = true;
        if (r.get("ppn") != null) {
            try {
                ppn = r.percent("ppn");
            } catch (AmountException e) {
                ppnOk = false;
                add(line, Rule.PPN_INVALID, "ppn", r.get("ppn"), "a percentage", "PPN " + e.getMessage(), skpd, sub);
            }
        }
        final BigDecimal rate = ppn;
        if (ppnOk && policy.ppnRates().stream().noneMatch(x -> x.compareTo(rate) == 0)) {
            add(line, Rule.PPN_INVALID, "ppn", ppn.toPlainString(), ratesText(), "PPN " + ppn.toPlainString() + " % is not an allowed rate ("
                    + ratesText() + ")", skpd, sub);
        }

        String koefText = r.get("koefisien");
        Koefisien koef = koefText == null ? null : Koefisien.parse(koefText).orElse(null);
        BigDecimal volume = null;
        boolean volumeOk = true;
        if (koefText != null && koef == null) {
            volumeOk = false;
            add(line, Rule.VOLUME_MISMATCH, "koefisien", koefText, "up to 4 factors like 2 Orang x 3 Kali",
                    "koefisien '" + koefText + "' cannot be read", skpd, sub);
        }
        if (r.get("volume") != null) {
            try {
                volume = r.amount("volume");
            } catch (AmountException e) {
                volumeOk = false;
                add(line, Rule.VOLUME_MISMATCH, "volume", r.get("volume"), "a number", "volume " + e.getMessage(), skpd, sub);
            }
        }
        if (volumeOk) {
            if (koef != null && volume != null && koef.volume().compareTo(volume) != 0) {
                add(line, Rule.VOLUME_MISMATCH, "volume", volume.toPlainString(), koef.volume().stripTrailingZeros().toPlainString(),
                        "volume " + volume.toPlainString() + " is not the product of the koefisien '" + koefText + "' ("
                                + koef.volume().stripTrailingZeros().toPlainString() + ")", skpd, sub);
            }
            if (volume == null && koef != null) {
                volume = koef.volume();
            }
            if (volume == null || volume.signum() <= 0) {
                volumeOk = false;
                add(line, Rule.VOLUME_MISMATCH, "volume", volume == null ? null : volume.toPlainString(), "a positive volume",
                        "volume is missing or not positive", skpd, sub);
            }
        }

        BigDecimal computed = null;
        if (priceOk && ppnOk && volumeOk) {
            computed = volume.multiply(price).multiply(ppnFactor(ppn)).setScale(0, RoundingMode.HALF_UP);
        }
        BigDecimal jumlah = null;
        if (r.has("total")) {
            if (r.get("total") == null) {
                add(line, Rule.TOTAL_MISMATCH, "jumlah", null, computed == null ? null : computed.toPlainString(), "jumlah is empty", skpd, sub);
            } else {
                try {
                    jumlah = r.amount("total");
                    if (computed != null && jumlah.subtract(computed).abs().compareTo(BigDecimal.ONE) > 0) {
                        add(line, Rule.TOTAL_MISMATCH, "jumlah", jumlah.toPlainString(), computed.toPlainString(),
                                "jumlah " + rupiah(jumlah) + " differs from volume x harga x (1 + PPN) = " + rupiah(computed), skpd, sub);
                    }
                } catch (AmountException e) {
                    add(line, Rule.TOTAL_MISMATCH, "jumlah", r.get("total"), computed == null ? null : computed.toPlainString(),
                            "jumlah " + e.getMessage(), skpd, sub);
                }
            }
        }

        String code = r.get("code") == null ? null : nospace(r.get("code"));
        Long sipdId = null;
        String sipdText = r.get("sipdId");
        if (sipdText != null) {
            try {
                sipdId = new BigDecimal(nospace(sipdText)).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                sipdId = null;
            }
        }
        String name = r.get("name");
        String spec = r.get("spec");
        String unit = r.get("unit");
        if (unit == null && koef != null && koef.units().stream().noneMatch(String::isEmpty)) {
            unit = String.join(" / ", koef.units());
        }
        boolean isExempt = sipdId != null && sipdId == 0 && accountNorm != null && AccountCode.isGrantOrAid(accountNorm);
        if (isExempt) {
            exempt++;
        } else {
            PriceIndex.Item item = prices.find(code, sipdId, name, spec, unit);
            if (item == null) {
                String what = code != null ? "kode barang " + code : sipdId != null && sipdId > 0 ? "id standar harga " + sipdId : "'" + nz(name) + "'";
                add(line, Rule.ITEM_NOT_FOUND, code != null ? "kode_barang" : sipdId != null ? "id_standar_harga" : "nama_komponen",
                        code != null ? code : sipdId != null ? sipdId.toString() : name, "an item of the active SSH",
                        what + " is not in the year's SSH", skpd, sub);
            } else {
                if (item.retired()) {
                    add(line, Rule.ITEM_RETIRED, code != null ? "kode_barang" : "nama_komponen", code != null ? code : name,
                            "an item of the active revision", "the item is only in an earlier revision (" + item.revision()
                                    + ") of the SSH: update the line to the current price list", skpd, sub);
                }
                if (priceOk && (ppnOk || !policy.sshIncludesPpn())) {
                    BigDecimal compared = policy.sshIncludesPpn() ? price.multiply(ppnFactor(ppn)) : price;
                    if (compared.compareTo(item.price()) > 0) {
                        String how = policy.sshIncludesPpn() ? " (with PPN: " + rupiah(compared.setScale(2, RoundingMode.HALF_UP)) + ")" : "";
                        add(line, Rule.PRICE_ABOVE_SSH, "harga_satuan", price.toPlainString(), Money.clean(item.price()).toPlainString(),
                                "harga satuan " + rupiah(price) + how + " is above the SSH ceiling " + rupiah(item.price()), skpd, sub);
                    }
                }
                if (unit != null && !prices.unitKey(unit).equals(item.unitKey())) {
                    add(line, Rule.UNIT_MISMATCH, "satuan", unit, item.unit(), "satuan '" + unit + "' differs from the SSH unit '"
                            + item.unit() + "'", skpd, sub);
                }
                if (accountNorm != null && item.accounts() != null && !contains(item.accounts(), accountNorm)) {
                    add(line, Rule.ACCOUNT_NOT_ALLOWED, "kode_rekening", account, item.accountsShown(),
                            "the item may not be budgeted under account " + account + " (allowed: " + item.accountsShown() + ")", skpd, sub);
                }
            }
        }

        String b = nz(skpd) + "|" + nz(sub);
        if (!b.equals(block)) {
            block = b;
            blockLines.clear();
        }
        long identity = code != null ? PriceIndex.hash(code) : sipdId != null && sipdId > 0 ? PriceIndex.mix(sipdId) : PriceIndex.nameKey(nz(name), spec);
        long key = PriceIndex.mix(PriceIndex.hash(nz(accountNorm)) * 31 + identity);
        key = PriceIndex.mix(key * 31 + PriceIndex.hash(nz(koefText)));
        key = PriceIndex.mix(key * 31 + (price == null ? 0 : price.stripTrailingZeros().hashCode()));
        if (!blockLines.add(key)) {
            add(line, Rule.DUPLICATE_LINE, "kode_barang", code != null ? code : name, null,
                    "this line repeats an earlier line of the same sub kegiatan (same account, item, koefisien and price)", skpd, sub);
        }

        BigDecimal lineTotal = jumlah != null ? jumlah : computed;
        if (sub != null) {
            if (!sub.equals(accSub)) {
                flushBlock();
                accSub = sub;
                accCount = lineCounts.computeIfAbsent(sub, k -> new long[1]);
                skpdOf.putIfAbsent(sub, skpd);
                accCeiling = pagu.get(sub);
                accTotal = totals.getOrDefault(sub, BigDecimal.ZERO);
            }
            accCount[0]++;
            if (lineTotal != null) {
                accTotal = accTotal.add(lineTotal);
            }
            BigDecimal sum = accTotal;
            BigDecimal ceiling = accCeiling;
            if (ceiling != null && sum.compareTo(ceiling) > 0 && paguReported.putIfAbsent(sub, Boolean.TRUE) == null) {
                add(line, Rule.PAGU_EXCEEDED, "jumlah", Money.clean(sum).toPlainString(), Money.clean(ceiling).toPlainString(),
                        "the lines of sub kegiatan " + sub + " reach " + rupiah(sum) + ", above its pagu " + rupiah(ceiling), skpd, sub);
            }
        }
        if (lineTotal != null) {
            grandTotal = grandTotal.add(lineTotal);
        }
        return new BudgetLine(line, skpd, sub, account, accountNorm, code, sipdId, name, spec, koefText, volume, unit, price, ppn,
                lineTotal, computed);
    }

    private BigDecimal accTotal = BigDecimal.ZERO;
    private final Map<String, String> accountCache = new HashMap<>();
    private BigDecimal lastPpn;
    private BigDecimal lastPpnFactor;

    /** The running total of the current block goes to the per-sub-kegiatan map when the block ends. */
    private void flushBlock() {
        if (accSub != null) {
            totals.put(accSub, accTotal);
        }
    }

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

    private String accSub;
    private long[] accCount;
    private BigDecimal accCeiling;
    private String lastSub;
    private boolean lastSubOk;
    private String lastSkpd;
    private boolean lastSkpdOk;

    /** Lines of a block share their codes: each is matched once, not per line. */
    private boolean subOk(String sub) {
        if (!sub.equals(lastSub)) {
            lastSub = sub;
            lastSubOk = SUB_KEGIATAN.matcher(sub).matches();
        }
        return lastSubOk;
    }

    private boolean skpdOk(String skpd) {
        if (!skpd.equals(lastSkpd)) {
            lastSkpd = skpd;
            lastSkpdOk = SKPD.matcher(skpd).matches();
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

    private void add(int line, Rule rule, String field, String value, String expected, String message, String skpd, String sub) {
        int bit = 1 << rule.ordinal();
        if ((seenOnLine & bit) != 0) {
            return;
        }
        seenOnLine |= bit;
        byRule.merge(rule, 1L, Long::sum);
        long[] perSkpd = skpdCounts.computeIfAbsent(skpd == null ? "-" : skpd, k -> new long[2]);
        if (rule.severity == Rule.Severity.ERROR) {
            errors++;
            perSkpd[0]++;
            lineHadError = true;
        } else {
            warnings++;
            perSkpd[1]++;
        }
        if (findings.size() < maxFindings) {
            findings.add(Finding.of(line, rule, field, value, expected, message, skpd, sub));
        }
    }

    private String ratesText() {
        return String.join(", ", policy.ppnRates().stream().map(x -> x.stripTrailingZeros().toPlainString()).toList());
    }

    private static boolean contains(String[] list, String s) {
        for (String x : list) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Rupiah as a budget officer writes it: Rp 8.404.983 (decimals only when there are any). */
    public static String rupiah(BigDecimal v) {
        BigDecimal c = Money.clean(v);
        java.text.DecimalFormatSymbols sym = new java.text.DecimalFormatSymbols();
        sym.setGroupingSeparator('.');
        sym.setDecimalSeparator(',');
        java.text.DecimalFormat f = new java.text.DecimalFormat(c.scale() > 0 ? "#,##0.00" : "#,##0", sym);
        return "Rp " + f.format(c);
    }

    /** A set of 64-bit line fingerprints, cleared per sub kegiatan so memory stays fixed. */
    static final class LongSet {
        private long[] keys = new long[256];
        private int size;
        private boolean hasZero;

        boolean add(long k) {
            if (k == 0) {
                boolean was = hasZero;
                hasZero = true;
                return !was;
            }
            if ((size + 1) * 10 > keys.length * 7) {
                long[] old = keys;
                keys = new long[old.length * 2];
                size = 0;
                for (long o : old) {
                    if (o != 0) {
                        add(o);
                    }
                }
            }
            int mask = keys.length - 1;
            for (int i = (int) k & mask; ; i = (i + 1) & mask) {
                if (keys[i] == k) {
                    return false;
                }
                if (keys[i] == 0) {
                    keys[i] = k;
                    size++;
                    return true;
                }
            }
        }

        void clear() {
            if (size > 0 || hasZero) {
                if (keys.length > 4096) {
                    keys = new long[256];
                } else {
                    java.util.Arrays.fill(keys, 0);
                }
                size = 0;
                hasZero = false;
            }
        }
    }
}
