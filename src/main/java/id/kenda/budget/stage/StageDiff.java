package id.kenda.budget.stage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.domain.Texts;
import id.kenda.report.Rows;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;

import static id.kenda.db.schema.Tables.BUDGET_LINE;

/**
 * Two stored stages of a budget compared: per sub kegiatan (and per account), before, after,
 * change and percent; lines added, removed and changed, matched within one SKPD, sub kegiatan and
 * account by item code, else by name and spec (the k-th such line of one stage with the k-th of the
 * other). One pass over both revisions' lines ordered by (SKPD, sub kegiatan, account): memory holds
 * one account group of lines at a time, and one entry per sub kegiatan (per account at that level).
 */
public final class StageDiff {
    /** How deep the comparison is listed; lines are counted at every level. */
    public enum Level {
        SUB_KEGIATAN("sub-kegiatan"), ACCOUNT("account"), LINE("line");

        public final String id;

        Level(String id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Zero as stored amounts are written (two decimals), so that an absent side reads like a present one. */
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    /** How many sub kegiatan the largest-change lists hold. */
    public static final int LARGEST = 10;

    @JsonPropertyOrder({"before", "after", "change"})
    public record Amounts(BigDecimal before, BigDecimal after, BigDecimal change) {
    }

    @JsonPropertyOrder({"code", "skpd", "before", "after", "change", "pct"})
    public record SubKegiatan(String code, String skpd, BigDecimal before, BigDecimal after, BigDecimal change, BigDecimal pct) {
    }

    @JsonPropertyOrder({"subKegiatan", "skpd", "account", "before", "after", "change", "pct"})
    public record Account(String subKegiatan, String skpd, String account, BigDecimal before, BigDecimal after, BigDecimal change, BigDecimal pct) {
    }

    /** One line added, removed or changed between the stages. */
    @JsonPropertyOrder({"change", "skpd", "subKegiatan", "account", "item", "name", "spec", "koefisienBefore", "koefisienAfter",
        "priceBefore", "priceAfter", "totalBefore", "totalAfter"})
    public record LineChange(String change, String skpd, String subKegiatan, String account, String item, String name, String spec,
                             String koefisienBefore, String koefisienAfter, BigDecimal priceBefore, BigDecimal priceAfter,
                             BigDecimal totalBefore, BigDecimal totalAfter) {
    }

    @JsonPropertyOrder({"added", "removed", "changed", "unchanged"})
    public record LineCounts(long added, long removed, long changed, long unchanged) {
    }

    /** Sub kegiatan that grew, shrank, appeared, disappeared or stayed the same. */
    @JsonPropertyOrder({"up", "down", "new", "dropped", "unchanged"})
    public record SubKegiatanCounts(int up, int down, @com.fasterxml.jackson.annotation.JsonProperty("new") int added, int dropped, int unchanged) {
    }

    /** The comparison; {@code accounts} only at account level, {@code changes} (walked again on demand) only at line level. */
    @JsonPropertyOrder({"tenant", "fiscalYear", "from", "to", "fromRevision", "toRevision", "level", "total", "subKegiatanCounts",
        "largestIncreases", "largestDecreases", "subKegiatan", "accounts", "lines", "changes"})
    public record Result(String tenant, int fiscalYear, String from, String to, int fromRevision, int toRevision, String level, Amounts total,
                         SubKegiatanCounts subKegiatanCounts, List<SubKegiatan> largestIncreases, List<SubKegiatan> largestDecreases,
                         List<SubKegiatan> subKegiatan, @JsonInclude(JsonInclude.Include.NON_NULL) List<Account> accounts, LineCounts lines,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Iterable<LineChange> changes) {
    }

    private final DSLContext dsl;
    private final String tenant;

    public StageDiff(DSLContext dsl, String tenant) {
        this.dsl = dsl;
        this.tenant = tenant;
    }

    /** Compares revision {@code from} (stage {@code fromStage}) with {@code to}. */
    public Result run(int year, String fromStage, int from, String toStage, int to, Level level) {
        BigDecimal before = NONE;
        BigDecimal after = NONE;
        long added = 0;
        long removed = 0;
        long changed = 0;
        long unchanged = 0;
        List<SubKegiatan> subs = new ArrayList<>();
        List<Account> accounts = level == Level.ACCOUNT ? new ArrayList<>() : null;
        String[] currentSub = null;
        BigDecimal[] subSums = null;
        boolean[] subSides = null;
        try (Groups groups = new Groups(from, to)) {
            while (groups.hasNext()) {
                Group g = groups.next();
                BigDecimal b = sum(g.before);
                BigDecimal a = sum(g.after);
                before = before.add(b);
                after = after.add(a);
                for (LineChange c : match(g)) {
                    switch (c.change) {
                        case "added" -> added++;
                        case "removed" -> removed++;
                        case "changed" -> changed++;
                        default -> unchanged++;
                    }
                }
                if (currentSub == null || !currentSub[0].equals(g.skpd) || !currentSub[1].equals(g.subKegiatan)) {
                    if (currentSub != null) {
                        subs.add(sub(currentSub, subSums));
                    }
                    currentSub = new String[] {g.skpd, g.subKegiatan};
                    subSums = new BigDecimal[] {NONE, NONE};
                    subSides = new boolean[] {false, false};
                }
                subSums[0] = subSums[0].add(b);
                subSums[1] = subSums[1].add(a);
                subSides[0] |= !g.before.isEmpty();
                subSides[1] |= !g.after.isEmpty();
                if (accounts != null) {
                    accounts.add(new Account(g.subKegiatan, blankAsNull(g.skpd), g.account, b, a, a.subtract(b), pct(b, a)));
                }
            }
            if (currentSub != null) {
                subs.add(sub(currentSub, subSums));
            }
        }
        int up = 0;
        int down = 0;
        int fresh = 0;
        int dropped = 0;
        int same = 0;
        for (SubKegiatan s : subs) {
            if (s.before.signum() == 0 && s.after.signum() != 0) {
                fresh++;
            } else if (s.after.signum() == 0 && s.before.signum() != 0) {
                dropped++;
            } else if (s.change.signum() > 0) {
                up++;
            } else if (s.change.signum() < 0) {
                down++;
            } else {
                same++;
            }
        }
        List<SubKegiatan> increases = subs.stream().filter(s -> s.change.signum() > 0)
                .sorted(Comparator.comparing(SubKegiatan::change).reversed().thenComparing(SubKegiatan::code)).limit(LARGEST).toList();
        List<SubKegiatan> decreases = subs.stream().filter(s -> s.change.signum() < 0)
                .sorted(Comparator.comparing(SubKegiatan::change).thenComparing(SubKegiatan::code)).limit(LARGEST).toList();
        Iterable<LineChange> changes = level == Level.LINE ? () -> changes(from, to) : null;
        return new Result(tenant, year, fromStage, toStage, from, to, level.id, new Amounts(before, after, after.subtract(before)),
                new SubKegiatanCounts(up, down, fresh, dropped, same), increases, decreases, subs, accounts,
                new LineCounts(added, removed, changed, unchanged), changes);
    }

    private static SubKegiatan sub(String[] key, BigDecimal[] sums) {
        return new SubKegiatan(key[1], blankAsNull(key[0]), sums[0], sums[1], sums[1].subtract(sums[0]), pct(sums[0], sums[1]));
    }

    private static String blankAsNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The change as a percent of before, two decimals; null when there was nothing before. */
    static BigDecimal pct(BigDecimal before, BigDecimal after) {
        if (before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<Line> lines) {
        BigDecimal s = NONE;
        for (Line l : lines) {
            s = s.add(l.total);
        }
        return s;
    }

    /** Every added, removed and changed line, in (SKPD, sub kegiatan, account) order: a fresh pass each time. */
    private Rows.ClosingIterator<LineChange> changes(int from, int to) {
        Groups groups = new Groups(from, to);
        return new Rows.ClosingIterator<>() {
            private Iterator<LineChange> current = List.<LineChange>of().iterator();
            private LineChange next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (current.hasNext()) {
                        LineChange c = current.next();
                        if (!c.change.equals("unchanged")) {
                            next = c;
                        }
                    } else if (groups.hasNext()) {
                        current = match(groups.next()).iterator();
                    } else {
                        groups.close();
                        return false;
                    }
                }
                return true;
            }

            @Override
            public LineChange next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LineChange c = next;
                next = null;
                return c;
            }

            @Override
            public void close() {
                groups.close();
            }
        };
    }

    /** The lines of one group matched: the k-th line of a key before with the k-th after. */
    private static List<LineChange> match(Group g) {
        List<LineChange> out = new ArrayList<>(Math.max(g.before.size(), g.after.size()));
        Map<String, Deque<Line>> byKey = new HashMap<>();
        for (Line l : g.before) {
            byKey.computeIfAbsent(l.key(), k -> new ArrayDeque<>()).add(l);
        }
        for (Line a : g.after) {
            Deque<Line> q = byKey.get(a.key());
            Line b = q == null ? null : q.poll();
            if (b == null) {
                out.add(change("added", g, null, a));
            } else {
                boolean same = Texts.fold(b.koefisien).equals(Texts.fold(a.koefisien)) && equal(b.price, a.price) && equal(b.total, a.total);
                out.add(change(same ? "unchanged" : "changed", g, b, a));
            }
        }
        for (Line b : g.before) {
            Deque<Line> q = byKey.get(b.key());
            if (q != null && q.remove(b)) {
                out.add(change("removed", g, b, null));
            }
        }
        return out;
    }

    private static boolean equal(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static LineChange change(String kind, Group g, Line b, Line a) {
        Line any = a != null ? a : b;
        return new LineChange(kind, blankAsNull(g.skpd), g.subKegiatan, g.account, any.item, any.name, any.spec,
                b == null ? null : b.koefisien, a == null ? null : a.koefisien, b == null ? null : b.price, a == null ? null : a.price,
                b == null ? null : b.total, a == null ? null : a.total);
    }

    /** One stored line, as much of it as the comparison needs. */
    private record Line(String skpd, String account, String item, String name, String spec, String koefisien, BigDecimal price, BigDecimal total) {
        String key() {
            return item != null ? "c:" + item : "n:" + Texts.fold(name) + "|" + Texts.fold(spec);
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** One (SKPD, sub kegiatan, account) with its lines in each stage (either side may be empty). */
    private record Group(String skpd, String subKegiatan, String account, List<Line> before, List<Line> after) {
    }

    /**
     * Both revisions' lines as groups in (sub kegiatan, SKPD, account) order: each revision read
     * through one cursor ordered by sub kegiatan (an index scan on H2; PostgreSQL sorts by code
     * point), one sub kegiatan of both stages in memory at a time, split by SKPD and account there.
     */
    private final class Groups implements Iterator<Group>, AutoCloseable {
        private final Side before;
        private final Side after;
        private final Deque<Group> pending = new ArrayDeque<>();

        Groups(int from, int to) {
            before = new Side(from);
            Side a;
            try {
                a = new Side(to);
            } catch (RuntimeException e) {
                before.close();
                throw e;
            }
            after = a;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && (before.head != null || after.head != null)) {
                String b = before.head == null ? null : before.head.value2();
                String a = after.head == null ? null : after.head.value2();
                String sub = b == null ? a : a == null ? b : b.compareTo(a) <= 0 ? b : a;
                TreeMap<String[], List<Line>[]> byKey = new TreeMap<>(KEY_ORDER);
                split(sub, before.take(sub), 0, byKey);
                split(sub, after.take(sub), 1, byKey);
                byKey.forEach((k, v) -> pending.add(new Group(k[0], sub, k[1], v[0], v[1])));
            }
            return !pending.isEmpty();
        }

        @Override
        public Group next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        @Override
        public void close() {
            try {
                before.close();
            } finally {
                after.close();
            }
        }
    }

    private static final Comparator<String[]> KEY_ORDER = Comparator.<String[], String>comparing(k -> k[0]).thenComparing(k -> k[1]);

    @SuppressWarnings("unchecked")
    private static void split(String sub, List<Line> lines, int side, TreeMap<String[], List<Line>[]> byKey) {
        for (Line l : lines) {
            List<Line>[] sides = byKey.computeIfAbsent(new String[] {l.skpd, l.account}, k -> new List[] {new ArrayList<>(), new ArrayList<>()});
            sides[side].add(l);
        }
    }

    /** One revision's lines in (sub kegiatan, line) order, with one row of look-ahead. */
    private final class Side implements AutoCloseable {
        private final Cursor<Record10<String, String, String, String, String, String, String, BigDecimal, BigDecimal, Integer>> cursor;
        private Record10<String, String, String, String, String, String, String, BigDecimal, BigDecimal, Integer> head;

        Side(int revision) {
            Field<String> skpd = DSL.coalesce(BUDGET_LINE.SKPD_CODE, "");
            Field<String> account = DSL.coalesce(BUDGET_LINE.ACCOUNT_NORM, BUDGET_LINE.ACCOUNT);
            cursor = dsl.select(skpd, BUDGET_LINE.SUB_KEGIATAN, account, BUDGET_LINE.ITEM_CODE, BUDGET_LINE.NAME, BUDGET_LINE.SPEC,
                            BUDGET_LINE.KOEFISIEN, BUDGET_LINE.UNIT_PRICE, BUDGET_LINE.TOTAL, BUDGET_LINE.LINE_NO)
                    .from(BUDGET_LINE)
                    .where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(revision))
                    // the constant tenant and revision lead, so that H2 reads the index in order instead of sorting
                    .orderBy(BUDGET_LINE.TENANT_ID, BUDGET_LINE.REVISION_ID, ordered(BUDGET_LINE.SUB_KEGIATAN), BUDGET_LINE.LINE_NO)
                    .fetchSize(5000).fetchLazy();
            head = cursor.fetchNext();
        }

        /** The lines of sub kegiatan {@code sub} at the head (none when the head is another), advancing past them. */
        List<Line> take(String sub) {
            List<Line> lines = new ArrayList<>();
            while (head != null && head.value2().equals(sub)) {
                lines.add(new Line(head.value1(), head.value3(), head.value4(), head.value5(), head.value6(), head.value7(), head.value8(),
                        Objects.requireNonNullElse(head.value9(), NONE)));
                head = cursor.fetchNext();
            }
            return lines;
        }

        @Override
        public void close() {
            cursor.close();
        }
    }

    /**
     * A code column ordered by code point, as Java compares it: H2 does so already, PostgreSQL
     * only under the "C" collation (its default may sort '1.02' and '1.0 2' by language rules).
     */
    private Field<String> ordered(Field<String> f) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? DSL.field("{0} collate \"C\"", String.class, f) : f;
    }
}
