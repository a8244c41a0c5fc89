package id.kenda.budget;

import id.kenda.db.Revisions;
import id.kenda.db.SqlErrors;
import id.kenda.domain.Texts;
import id.kenda.pricelist.Kind;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.sql.ResultSet;
import java.sql.SQLException;

import static id.kenda.db.schema.Tables.SSH_ITEM;

/**
 * The year's prices, loaded once into primitive arrays so that a million items fit in a small
 * heap: item codes and name+spec keys are kept as 64-bit hashes in open-addressing tables (a false
 * match needs a 64-bit collision), units and account lists are interned. Items of the active
 * revisions come first; items found only in earlier revisions of the year are kept as retired.
 */
public final class PriceIndex {
    private long[] price;          // in hundredths of a rupiah
    private int[] unit;            // interned unit key
    private int[] accounts;        // interned normalised account list, -1 for none
    private int[] revision;
    private byte[] kind;
    private boolean[] retired;
    private int[] nextSameName;    // chain of items sharing a name+spec key
    private int size;

    private final LongIntTable byCode;
    private final LongIntTable bySipd;
    private final LongIntTable byName;
    private final List<String> units = new ArrayList<>();
    private final List<String> unitShown = new ArrayList<>();
    private final Map<String, Integer> unitIds = new HashMap<>();
    private final List<String[]> accountLists = new ArrayList<>();
    /** The same lists as the SSH wrote them ({@code 5.1.02.01.01.0052}), for messages. */
    private final List<String> accountsShown = new ArrayList<>();
    private final Map<String, Integer> accountIds = new HashMap<>();
    private final Map<String, String> unitAliases;
    /** Units repeat across lines (Buah, Rim, Orang / Kali): each text is normalised once (bounded). */
    private final Map<String, String> unitKeyCache = new HashMap<>();

    /** A matched item, as the rules see it: {@code unit} as first written in the SSH, {@code unitKey} for comparing. */
    public record Item(BigDecimal price, String unit, String unitKey, String[] accounts, String accountsShown, int revision, String kind, boolean retired) {
    }

    /**
     * The index's form when stored ({@link #writeTo}): raise it when the layout changes. What the
     * stored values mean (hashes, folded names, unit keys, kinds) is held by {@link #codeFingerprint}.
     */
    static final int FORMAT = 1;
    private static final String[] KINDS = java.util.Arrays.stream(Kind.values()).map(Kind::name).toArray(String[]::new);
    private static final int MAGIC = 0x4b504958; // "KPIX"

    private PriceIndex(int capacity, Map<String, String> unitAliases) {
        price = new long[capacity];
        unit = new int[capacity];
        accounts = new int[capacity];
        revision = new int[capacity];
        kind = new byte[capacity];
        retired = new boolean[capacity];
        nextSameName = new int[capacity];
        byCode = new LongIntTable(capacity);
        bySipd = new LongIntTable(capacity);
        byName = new LongIntTable(capacity);
        this.unitAliases = new HashMap<>();
        unitAliases.forEach((k, v) -> this.unitAliases.put(Texts.unitKey(k), Texts.unitKey(v)));
    }

    /**
     * Loads the year's active items, then the retired ones (in earlier revisions of the year only).
     * Each revision is read by its primary-key prefix through a plain result set: no join, no sort,
     * no record objects per row.
     */
    public static PriceIndex load(DSLContext dsl, String tenant, int year, Map<String, String> unitAliases) {
        return load(dsl, tenant, year, unitAliases, id.kenda.core.Progress.NONE);
    }

    public static PriceIndex load(DSLContext dsl, String tenant, int year, Map<String, String> unitAliases, id.kenda.core.Progress progress) {
        List<Revisions.Info> revisions = new Revisions(dsl, tenant).list(Revisions.Dataset.SSH, year, null);
        int capacity = revisions.stream().mapToInt(Revisions.Info::rows).sum();
        PriceIndex idx = new PriceIndex(Math.max(16, capacity), unitAliases);
        for (String status : new String[] {Revisions.ACTIVE, Revisions.ARCHIVED}) {
            for (Revisions.Info rev : revisions) {
                if (!rev.status().equals(status)) {
                    continue;
                }
                boolean isRetired = status.equals(Revisions.ARCHIVED);
                try (ResultSet rs = dsl.select(SSH_ITEM.ITEM_CODE, SSH_ITEM.SIPD_ID, SSH_ITEM.NAME, SSH_ITEM.SPEC, SSH_ITEM.UNIT, SSH_ITEM.PRICE,
                                SSH_ITEM.ACCOUNTS_NORM, SSH_ITEM.KIND, SSH_ITEM.ACCOUNTS)
                        .from(SSH_ITEM).where(SSH_ITEM.TENANT_ID.eq(tenant), SSH_ITEM.REVISION_ID.eq(rev.id()))
                        .fetchSize(10_000).fetchResultSet()) {
                    String progressLabel = "loading the " + year + " prices";
                    while (rs.next()) {
                        String code = rs.getString(1);
                        long sipd = rs.getLong(2);
                        Long sipdId = rs.wasNull() ? null : sipd;
                        progress.update(progressLabel, idx.size, capacity == 0 ? -1 : (double) idx.size / capacity);
                        idx.add(code, sipdId, rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getBigDecimal(6), rs.getString(7), rs.getString(9), rs.getString(8), rev.id(), isRetired);
                    }
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, "(price index)");
                }
            }
        }
        progress.done();
        return idx;
    }

    /**
     * Loads the year's index from its stored copy when that was built from exactly the year's
     * current revisions and {@code unitAliases}, else builds it from the items and stores it for
     * the next run ({@link PriceIndexStore}) unless {@code store} is false (a dry run). {@code notice}
     * hears what happened (for --verbose).
     */
    public static PriceIndex loadCached(DSLContext dsl, String tenant, int year, Map<String, String> unitAliases, id.kenda.core.Progress progress,
                                        java.util.function.Consumer<String> notice, boolean store) {
        return new PriceIndexStore(dsl, tenant, year, unitAliases).load(progress, notice, store);
    }

    /**
     * A digest of what the stored values depend on besides the layout: the hashes of sample codes
     * and names, their folding, unit normalisation and the order of the kinds. Any change to that
     * code changes it, and with it the stored copy's key.
     */
    static String codeFingerprint() {
        StringBuilder sb = new StringBuilder();
        sb.append(hash("1.1.7.01.01.01.001.00852")).append(' ').append(mix(30110852L)).append(' ')
                .append(nameKey("  Kertas HVS A4 ", "80 Gram - Putih")).append(' ').append(nameKey("Ballpoint", "-")).append(' ')
                .append(Texts.unitKey("Orang / Kali")).append(' ').append(Texts.unitKey(" BH ")).append(' ').append(String.join(",", KINDS));
        return Long.toHexString(hash(sb.toString()));
    }

    /** For tests and benchmarks: an index built directly. */
    public static PriceIndex empty(int capacity, Map<String, String> unitAliases) {
        return new PriceIndex(capacity, unitAliases);
    }

    public void add(String code, Long sipdId, String name, String spec, String unitText, BigDecimal p, String accountsNorm, String kindName,
                    int rev, boolean isRetired) {
        add(code, sipdId, name, spec, unitText, p, accountsNorm, null, kindName, rev, isRetired);
    }

    /** Adds an item; {@code accountsText} is its account list as the SSH wrote it (shown in messages), or null. */
    public void add(String code, Long sipdId, String name, String spec, String unitText, BigDecimal p, String accountsNorm, String accountsText,
                    String kindName, int rev, boolean isRetired) {
        long codeHash = code == null ? 0 : hash(code);
        long nameHash = nameKey(name, spec);
        if (isRetired) {
            // an archived item counts only when the active lists do not have it
            if (code != null ? byCode.get(codeHash) >= 0 : byName.get(nameHash) >= 0) {
                return;
            }
        }
        if (size == price.length) {
            grow();
        }
        int i = size++;
        price[i] = p.movePointRight(2).longValueExact();
        unit[i] = intern(unitKey(unitText), unitText);
        accounts[i] = accountsNorm == null || accountsNorm.isEmpty() ? -1 : internAccounts(accountsNorm, accountsText);
        revision[i] = rev;
        kind[i] = (byte) Kind.valueOf(kindName).ordinal();
        retired[i] = isRetired;
        if (code != null) {
            byCode.putIfAbsent(codeHash, i);
        }
        if (sipdId != null && sipdId > 0) {
            bySipd.putIfAbsent(mix(sipdId), i);
        }
        int head = byName.get(nameHash);
        nextSameName[i] = head;
        byName.put(nameHash, i);
    }

    public int size() {
        return size;
    }

    /** Writes the whole index; {@link #readFrom} gives back an equal one. */
    void writeTo(PriceIndexStore.Out out) {
        out.putInt(MAGIC);
        out.putInt(FORMAT);
        out.putInt(size);
        out.putLongs(price, size);
        for (int[] a : new int[][] {unit, accounts, revision, nextSameName}) {
            out.putInts(a, size);
        }
        for (int i = 0; i < size; i++) {
            out.put((byte) (kind[i] | (retired[i] ? 0x80 : 0)));
        }
        for (LongIntTable t : new LongIntTable[] {byCode, bySipd, byName}) {
            t.writeTo(out);
        }
        out.putStrings(units);
        out.putStrings(unitShown);
        List<String> norms = new ArrayList<>(accountLists.size());
        accountLists.forEach(a -> norms.add(String.join(",", a)));
        out.putStrings(norms);
        out.putStrings(accountsShown);
    }

    /** Reads an index written by {@link #writeTo}; the unit aliases are the ones it was built with. A read index is looked up, never added to. */
    static PriceIndex readFrom(PriceIndexStore.In in, Map<String, String> unitAliases) {
        if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
            throw new IllegalStateException("not a stored price index of format " + FORMAT);
        }
        int n = in.getInt();
        PriceIndex idx = new PriceIndex(0, unitAliases);
        idx.size = n;
        idx.price = in.getLongs(n);
        idx.unit = in.getInts(n);
        idx.accounts = in.getInts(n);
        idx.revision = in.getInts(n);
        idx.nextSameName = in.getInts(n);
        idx.kind = new byte[n];
        idx.retired = new boolean[n];
        for (int i = 0; i < n; i++) {
            byte b = in.get();
            idx.kind[i] = (byte) (b & 0x7f);
            idx.retired[i] = (b & 0x80) != 0;
        }
        idx.byCode.readFrom(in);
        idx.bySipd.readFrom(in);
        idx.byName.readFrom(in);
        idx.units.addAll(in.getStrings());
        idx.unitShown.addAll(in.getStrings());
        for (int i = 0; i < idx.units.size(); i++) {
            idx.unitIds.put(idx.units.get(i), i);
        }
        for (String norm : in.getStrings()) {
            idx.accountLists.add(norm.split(","));
        }
        idx.accountsShown.addAll(in.getStrings());
        return idx;
    }

    /** A unit for comparison, with the tenant's unit aliases applied. */
    public String unitKey(String unitText) {
        String cached = unitKeyCache.get(unitText);
        if (cached != null) {
            return cached;
        }
        String k = Texts.unitKey(unitText);
        k = unitAliases.getOrDefault(k, k);
        if (unitKeyCache.size() < 10_000) {
            unitKeyCache.put(unitText, k);
        }
        return k;
    }

    /** Match order: item code, then SIPD id, then name + spec (disambiguated by unit). */
    public Item find(String code, Long sipdId, String name, String spec, String unitText) {
        int i = -1;
        if (code != null) {
            i = byCode.get(hash(code));
        }
        if (i < 0 && sipdId != null && sipdId > 0) {
            i = bySipd.get(mix(sipdId));
        }
        if (i < 0 && name != null) {
            String want = unitText == null ? null : unitKey(unitText);
            int bestScore = -1;
            for (int j = byName.get(nameKey(name, spec)); j >= 0; j = nextSameName[j]) {
                int score = (want != null && units.get(unit[j]).equals(want) ? 2 : 0) + (retired[j] ? 0 : 1);
                if (score > bestScore) {
                    bestScore = score;
                    i = j;
                }
            }
        }
        if (i < 0) {
            return null;
        }
        return new Item(BigDecimal.valueOf(price[i], 2), unitShown.get(unit[i]), units.get(unit[i]), accounts[i] < 0 ? null : accountLists.get(accounts[i]),
                accounts[i] < 0 ? null : accountsShown.get(accounts[i]), revision[i], KINDS[kind[i]], retired[i]);
    }

    private int intern(String s, String shown) {
        Integer id = unitIds.get(s);
        if (id == null) {
            id = units.size();
            units.add(s);
            unitShown.add(shown);
            unitIds.put(s, id);
        }
        return id;
    }

    private int internAccounts(String norm, String text) {
        String key = text == null ? norm : norm + '\u0000' + text;
        Integer id = accountIds.get(key);
        if (id == null) {
            id = accountLists.size();
            accountLists.add(norm.split(","));
            accountsShown.add(text == null ? norm.replace(",", ", ") : shown(text));
            accountIds.put(key, id);
        }
        return id;
    }

    /** {@code 5.1.02.01.01.0024,5.1.02.01.01.0025} as {@code 5.1.02.01.01.0024, 5.1.02.01.01.0025}. */
    private static String shown(String text) {
        StringBuilder sb = new StringBuilder();
        for (String a : text.split(",")) {
            if (!a.isBlank()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(a.strip());
            }
        }
        return sb.toString();
    }

    private void grow() {
        int n = price.length * 2;
        price = Arrays.copyOf(price, n);
        unit = Arrays.copyOf(unit, n);
        accounts = Arrays.copyOf(accounts, n);
        revision = Arrays.copyOf(revision, n);
        kind = Arrays.copyOf(kind, n);
        retired = Arrays.copyOf(retired, n);
        nextSameName = Arrays.copyOf(nextSameName, n);
    }

    public static long nameKey(String name, String spec) {
        return hash(Texts.fold(name) + "\u0001" + Texts.fold(spec == null || spec.equals("-") ? "" : spec));
    }

    /** 64-bit FNV-1a over the UTF-16 code units, then mixed: the identity of a key without keeping the string. */
    public static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * An open-addressing map from a 64-bit key to an int (-1 when absent), filled to at most 75%
     * (a table of any size: the key's high bits scaled to it, so 1,000,000 items take 1,333,334
     * slots, not the next power of two). Key 0 is stored aside.
     */
    static final class LongIntTable {
        private long[] keys;
        private int[] values;
        private int size;
        private int zeroValue = -1;

        LongIntTable(int expected) {
            int n = (int) Math.max(64, expected * 4L / 3 + 1);
            keys = new long[n];
            values = new int[n];
        }

        private static int slot(long key, int n) {
            return (int) (((key >>> 32) * n) >>> 32);
        }

        int get(long key) {
            if (key == 0) {
                return zeroValue;
            }
            int n = keys.length;
            for (int i = slot(key, n); ; i = i + 1 == n ? 0 : i + 1) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] == 0) {
                    return -1;
                }
            }
        }

        void putIfAbsent(long key, int value) {
            if (get(key) < 0) {
                put(key, value);
            }
        }

        void put(long key, int value) {
            if (key == 0) {
                zeroValue = value;
                return;
            }
            if ((size + 1) * 4L > keys.length * 3L) {
                rehash();
            }
            int n = keys.length;
            for (int i = slot(key, n); ; i = i + 1 == n ? 0 : i + 1) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
                if (keys[i] == 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
            }
        }

        void writeTo(PriceIndexStore.Out out) {
            out.putInt(keys.length);
            out.putInt(size);
            out.putInt(zeroValue);
            out.putLongs(keys, keys.length);
            out.putInts(values, values.length);
        }

        void readFrom(PriceIndexStore.In in) {
            int n = in.getInt();
            size = in.getInt();
            zeroValue = in.getInt();
            keys = in.getLongs(n);
            values = in.getInts(n);
        }

        private void rehash() {
            long[] ok = keys;
            int[] ov = values;
            keys = new long[ok.length * 2];
            values = new int[ok.length * 2];
            size = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != 0) {
                    put(ok[i], ov[i]);
                }
            }
        }
    }
}
