package id.kenda.control;

import id.kenda.db.Revisions;
import id.kenda.rak.RakTargets;
import id.kenda.db.SqlErrors;
import id.kenda.domain.Money;
import id.kenda.domain.SubKegiatanCode;
import id.kenda.tenant.TenantSpec;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static id.kenda.db.schema.Tables.REALIZATION_ROW;
import static id.kenda.db.schema.Tables.REALIZATION_SERIES;
import static id.kenda.db.schema.Tables.SKPD;

/**
 * The E-Kenda control summary: per sub kegiatan, month by month, cumulative plan (RAK) and
 * realisation, planned and realised physical progress; rolled up to kegiatan, program, SKPD and
 * region weighted by pagu (a rolled-up percent is the sum of children's percents weighted by
 * bobot = pagu / parent pagu).
 *
 * <p>Projection of year-end absorption (the SiLPA risk): the remaining plan (pagu minus cumulative
 * RAK) is assumed to be realised at the recent pace, which is realisation over RAK in the last three
 * months up to the period (if nothing was planned then, over the whole year so far), capped at 1;
 * the projected absorption is (cumulative realisation + remaining plan x pace) / pagu, at most 100 %.
 */
public final class ControlEngine {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The summary levels. */
    public enum Level {
        region, skpd, program, kegiatan, sub_kegiatan;

        public String id() {
            return name().replace('_', '-');
        }
    }

    /** The orders of a summary's rows: by code (within SKPD), by financial deviation, by realised percent. */
    public enum Sort {
        code, deviation, realized
    }

    /**
     * One sub kegiatan's year: its five figures (pagu, rak, realisasi, rencana fisik, realisasi
     * fisik) by month 1-12, or absent where the month does not give one. A figure is held as the
     * NUMERIC(19, 2) columns hold it, in hundredths, so that a 50,000 sub kegiatan summary keeps
     * 600,000 longs rather than as many objects; a value at another scale, or beyond a long in
     * hundredths, is kept as it is beside them. Reading a figure gives back the same value at the
     * same scale as was set.
     */
    static final class Series implements SeriesCodec.Sink {
        static final int PAGU = 0;
        static final int RAK = 1;
        static final int REAL = 2;
        static final int PLANNED = 3;
        static final int REAL_PHYS = 4;
        private static final long ABSENT = Long.MIN_VALUE;
        private static final long OTHER = Long.MIN_VALUE + 1;

        final String skpd;
        final String code;
        String skpdName;
        String name;
        // read from rows: the months the names came from (the latest that gives one)
        int skpdNameMonth;
        int nameMonth;
        // figure f of month m at f * 13 + m
        private final long[] hundredths = new long[SeriesCodec.FIGURES * 13];
        private BigDecimal[] other;

        Series(String skpd, String code) {
            this.skpd = skpd;
            this.code = code;
            java.util.Arrays.fill(hundredths, ABSENT);
        }

        /** A figure of a month, or null where the month does not give it. */
        BigDecimal get(int figure, int month) {
            long v = hundredths[figure * 13 + month];
            return v == ABSENT ? null : v == OTHER ? other[figure * 13 + month] : BigDecimal.valueOf(v, 2);
        }

        boolean has(int figure, int month) {
            return hundredths[figure * 13 + month] != ABSENT;
        }

        /** Whether the month itself was reported (a realisasi or rak figure). */
        boolean reported(int month) {
            return has(REAL, month) || has(RAK, month);
        }

        /** Sets a figure of a month; null makes it absent. */
        @Override
        public void set(int figure, int month, BigDecimal v) {
            int i = figure * 13 + month;
            if (v == null) {
                hundredths[i] = ABSENT;
            } else if (v.scale() == 2 && v.unscaledValue().bitLength() < 64 && v.unscaledValue().longValue() > OTHER) {
                hundredths[i] = v.unscaledValue().longValue();
            } else {
                if (other == null) {
                    other = new BigDecimal[hundredths.length];
                }
                other[i] = v;
                hundredths[i] = OTHER;
            }
        }

        /** Sets a figure of a month given in hundredths. */
        @Override
        public void hundredths(int figure, int month, long v) {
            if (v <= OTHER) {
                set(figure, month, BigDecimal.valueOf(v, 2));
            } else {
                hundredths[figure * 13 + month] = v;
            }
        }

        BigDecimal paguAt(int month) {
            for (int m = month; m >= 1; m--) {
                if (has(PAGU, m)) {
                    return get(PAGU, m);
                }
            }
            for (int m = month + 1; m <= 12; m++) {
                if (has(PAGU, m)) {
                    return get(PAGU, m);
                }
            }
            return BigDecimal.ZERO;
        }

        /** The sum of a figure over months from-to: zero (scale 0) when none gives it, as BigDecimal.ZERO plus nothing. */
        BigDecimal sum(int figure, int from, int to) {
            long s = 0;
            boolean any = false;
            for (int m = Math.max(1, from); m <= to; m++) {
                long v = hundredths[figure * 13 + m];
                if (v == ABSENT) {
                    continue;
                }
                if (v == OTHER) {
                    return sumExact(figure, from, to);
                }
                long t = s + v;
                if (((s ^ t) & (v ^ t)) < 0) {
                    return sumExact(figure, from, to);
                }
                s = t;
                any = true;
            }
            return any ? BigDecimal.valueOf(s, 2) : BigDecimal.ZERO;
        }

        private BigDecimal sumExact(int figure, int from, int to) {
            BigDecimal s = BigDecimal.ZERO;
            for (int m = Math.max(1, from); m <= to; m++) {
                if (has(figure, m)) {
                    s = s.add(get(figure, m));
                }
            }
            return s;
        }

        /** The latest value of a figure at or before the month (cumulative series), or null. */
        BigDecimal latest(int figure, int month) {
            for (int m = month; m >= 1; m--) {
                if (has(figure, m)) {
                    return get(figure, m);
                }
            }
            return null;
        }
    }

    /** Sums for a group at one month: the basis of every row and every S-curve point. */
    static final class Totals {
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal rak = BigDecimal.ZERO;
        BigDecimal real = BigDecimal.ZERO;
        BigDecimal plannedWeighted = BigDecimal.ZERO;
        BigDecimal realPhysWeighted = BigDecimal.ZERO;
        BigDecimal physPagu = BigDecimal.ZERO;
        BigDecimal projected = BigDecimal.ZERO;
        int subs;
        int critical;

        void add(Series s, int month, int period) {
            add(Point.of(s, month, period));
        }

        void add(Point p) {
            pagu = pagu.add(p.pagu);
            rak = rak.add(p.rak);
            real = real.add(p.real);
            if (p.planned != null || p.realPhys != null) {
                physPagu = physPagu.add(p.pagu);
                plannedWeighted = plannedWeighted.add(p.pagu.multiply(p.planned == null ? BigDecimal.ZERO : p.planned));
                realPhysWeighted = realPhysWeighted.add(p.pagu.multiply(p.realPhys == null ? BigDecimal.ZERO : p.realPhys));
            }
            projected = projected.add(p.projected);
            subs++;
        }
    }

    /** One sub kegiatan's figures at a month, computed once and added to every group it belongs to. */
    record Point(BigDecimal pagu, BigDecimal rak, BigDecimal real, BigDecimal planned, BigDecimal realPhys, BigDecimal projected) {
        static Point of(Series s, int month, int period) {
            BigDecimal p = s.paguAt(period);
            return new Point(p, s.sum(Series.RAK, 1, month), s.sum(Series.REAL, 1, month), s.latest(Series.PLANNED, month),
                    s.latest(Series.REAL_PHYS, month), projection(s, month, p));
        }
    }

    private final Map<String, Series> series;
    private final int year;
    private final int lastMonth;
    private final Bands bands;
    private final TenantSpec.Critical thresholds;
    private final String tenant;
    private final String tenantName;

    private String rakSource = "realization-file";
    private int rakDiffering;

    ControlEngine(String tenant, String tenantName, int year, Map<String, Series> series, Bands bands, TenantSpec.Critical thresholds) {
        this.tenant = tenant;
        this.tenantName = tenantName;
        this.year = year;
        this.series = series;
        this.bands = bands;
        this.thresholds = thresholds;
        int last = 0;
        for (Series s : series.values()) {
            for (int m = 12; m >= 1; m--) {
                if (s.reported(m)) {
                    last = Math.max(last, m);
                    break;
                }
            }
        }
        this.lastMonth = last;
    }

    /** Loads the active realisation revision of the year; empty when there is none. */
    public static Optional<ControlEngine> load(DSLContext dsl, TenantSpec tenant, int year) {
        return load(dsl, tenant, year, id.kenda.core.Progress.NONE);
    }

    public static Optional<ControlEngine> load(DSLContext dsl, TenantSpec tenant, int year, id.kenda.core.Progress progress) {
        Revisions revs = new Revisions(dsl, tenant.code());
        Optional<Revisions.Info> active = revs.active(Revisions.Dataset.REALIZATION, year, "monthly");
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> skpdNames = new HashMap<>();
        dsl.select(SKPD.CODE, SKPD.NAME).from(SKPD).where(SKPD.TENANT_ID.eq(tenant.code())).forEach(r -> skpdNames.put(r.value1(), r.value2()));
        Map<String, Series> map = readSeries(dsl, tenant.code(), active.get(), progress, chunk -> { });
        if (map.isEmpty()) {
            // a revision imported before its series were stored with it, or a damaged copy
            map = readRows(dsl, tenant.code(), active.get().id(), progress);
        }
        progress.done();
        for (Series s : map.values()) {
            if (s.skpdName == null) {
                s.skpdName = skpdNames.get(s.skpd);
            }
        }
        TenantSpec spec = tenant.withDefaults();
        ControlEngine engine = new ControlEngine(tenant.code(), tenant.name(), year, map, Bands.of(spec.control().bands()), spec.control().critical());
        RakTargets.of(dsl, tenant.code(), year).ifPresent(engine::planFromRak);
        return Optional.of(engine);
    }

    /** Whether the revision's stored series are there, whole and in the layout written now. */
    static boolean seriesCurrent(DSLContext dsl, String tenant, Revisions.Info revision) {
        boolean[] current = {true};
        Map<String, Series> map = readSeries(dsl, tenant, revision, id.kenda.core.Progress.NONE, chunk -> current[0] &= SeriesCodec.isCurrent(chunk));
        return current[0] && !map.isEmpty();
    }

    /**
     * The revision's series, in the chunks its import stored; empty when it stored none, when one
     * is damaged, or when they hold fewer or more months than the revision has rows (a chunk lost
     * at the end leaves no gap in the numbers).
     */
    static Map<String, Series> readSeries(DSLContext dsl, String tenant, Revisions.Info revision, id.kenda.core.Progress progress,
                                          java.util.function.Consumer<byte[]> chunks) {
        Map<String, Series> map = new TreeMap<>();
        SeriesCodec.Entries entries = (sub, skpd, skpdName, name) -> {
            Series s = new Series(skpd, sub);
            s.skpdName = skpdName;
            s.name = name;
            if (map.put(sub, s) != null) {
                throw new IllegalArgumentException("series of " + sub + " stored twice");
            }
            progress.update("reading the realisation", map.size());
            return s;
        };
        try (ResultSet rs = dsl.select(REALIZATION_SERIES.CHUNK_NO, REALIZATION_SERIES.SERIES).from(REALIZATION_SERIES)
                .where(REALIZATION_SERIES.TENANT_ID.eq(tenant), REALIZATION_SERIES.REVISION_ID.eq(revision.id()))
                .orderBy(REALIZATION_SERIES.CHUNK_NO).fetchSize(50).fetchResultSet()) {
            long months = 0;
            int chunk = 0;
            for (; rs.next(); chunk++) {
                if (rs.getInt(1) != chunk) {
                    throw new IllegalArgumentException("series chunk " + chunk + " missing");
                }
                byte[] bytes = rs.getBytes(2);
                chunks.accept(bytes);
                months += SeriesCodec.decode(bytes, entries);
            }
            if (chunk > 0 && months != revision.rows()) {
                throw new IllegalArgumentException("series of " + months + " months for a revision of " + revision.rows() + " rows");
            }
        } catch (IllegalArgumentException e) {
            // the series are a copy of the rows, written beside them; a damaged copy is never
            // read: the caller gathers the series from the rows instead
            return Map.of();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "(realisation)");
        }
        return map;
    }

    /** The revision's realisation rows, one per sub kegiatan and month, gathered into series. */
    static Map<String, Series> readRows(DSLContext dsl, String tenant, int revision, id.kenda.core.Progress progress) {
        Map<String, Series> map = new TreeMap<>();
        try (ResultSet rs = dsl.select(REALIZATION_ROW.SUB_KEGIATAN, REALIZATION_ROW.SKPD_CODE, REALIZATION_ROW.MONTH_NO, REALIZATION_ROW.PAGU,
                        REALIZATION_ROW.RAK, REALIZATION_ROW.REALIZED, REALIZATION_ROW.PLANNED_PHYSICAL, REALIZATION_ROW.REALIZED_PHYSICAL,
                        REALIZATION_ROW.SKPD_NAME, REALIZATION_ROW.SUB_KEGIATAN_NAME)
                .from(REALIZATION_ROW)
                .where(REALIZATION_ROW.TENANT_ID.eq(tenant), REALIZATION_ROW.REVISION_ID.eq(revision))
                .fetchSize(10_000).fetchResultSet()) {
            Series last = null;
            long n = 0;
            while (rs.next()) {
                progress.update("reading the realisation", ++n);
                String sub = rs.getString(1);
                Series s = last != null && last.code.equals(sub) ? last : map.get(sub);
                if (s == null) {
                    s = new Series(rs.getString(2), sub);
                    map.put(sub, s);
                }
                last = s;
                int m = rs.getInt(3);
                for (int f = 0; f < SeriesCodec.FIGURES; f++) {
                    s.set(f, m, rs.getBigDecimal(4 + f));
                }
                // the names of the latest month that gives one, as the import stores them in the
                // series (rows come in no particular order on PostgreSQL)
                String skpdName = rs.getString(9);
                if (skpdName != null && m > s.skpdNameMonth) {
                    s.skpdName = skpdName;
                    s.skpdNameMonth = m;
                }
                String name = rs.getString(10);
                if (name != null && m > s.nameMonth) {
                    s.name = name;
                    s.nameMonth = m;
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "(realisation)");
        }
        return map;
    }

    /** Where planned cash comes from: {@code rak-import} when a RAK is stored for the year, else {@code realization-file}. */
    public String rakSource() {
        return rakSource;
    }

    /** Sub kegiatan whose realisation file states a planned cash other than the RAK import's for a month it reports. */
    public int rakDiffering() {
        return rakDiffering;
    }

    /**
     * Takes planned cash from the RAK import for every month a sub kegiatan reports; a sub kegiatan
     * the RAK lacks keeps the realisation file's figures.
     */
    private void planFromRak(Map<String, BigDecimal[]> targets) {
        rakSource = "rak-import";
        for (Series s : series.values()) {
            BigDecimal[] t = targets.get(s.code);
            if (t == null) {
                continue;
            }
            boolean differs = false;
            for (int m = 1; m <= 12; m++) {
                if (!s.reported(m)) {
                    continue;
                }
                differs |= s.has(Series.RAK, m) && s.get(Series.RAK, m).compareTo(t[m]) != 0;
                s.set(Series.RAK, m, t[m]);
            }
            if (differs) {
                rakDiffering++;
            }
        }
    }

    public int lastMonth() {
        return lastMonth;
    }

    public int year() {
        return year;
    }

    /** Whether any sub kegiatan reported the month itself. */
    public boolean hasMonth(int month) {
        return series.values().stream().anyMatch(s -> s.reported(month));
    }

    /**
     * The critical sub kegiatan at a month, most behind first: the one selection the critical list,
     * the HTML report and cron's {@code --fail-on critical} share.
     */
    public List<CriticalItem> critical(int month) {
        List<CriticalItem> items = new ArrayList<>();
        for (ControlRow r : summary(month, Level.sub_kegiatan, Sort.code).rows()) {
            if (r.critical()) {
                items.add(new CriticalItem(r.code(), r.name(), r.skpd(), r.pagu(), r.targetPhysicalPct(), r.realizedPhysicalPct(),
                        r.physicalDeviationPct().negate(), r.realizedFinancialPct()));
            }
        }
        items.sort(Comparator.comparing(CriticalItem::behind).reversed().thenComparing(CriticalItem::code));
        return items;
    }

    /** The key of a sub kegiatan's group at a level. */
    static Function<Series, String> keyOf(Level level, String tenant) {
        return switch (level) {
            case region -> s -> tenant;
            case skpd -> s -> s.skpd;
            case program -> s -> s.skpd + "|" + segments(s.code, 3);
            case kegiatan -> s -> s.skpd + "|" + segments(s.code, 5);
            case sub_kegiatan -> s -> s.skpd + "|" + s.code;
        };
    }

    static String segments(String code, int n) {
        return SubKegiatanCode.prefix(code, n);
    }

    /** The rows of a level at a period, and the region total. */
    /**
     * The rows of a level at a period, the region total, and the sub kegiatan expected at the
     * period that reported nothing for it ({@code missing}: what cron checks with {@code --fail-on missing}).
     */
    public record Summary(String tenant, int fiscalYear, String period, String level, List<ControlRow> rows, ControlRow total,
                          List<String> missing, String rakSource) {
        public Summary withMissing(List<String> codes) {
            return new Summary(tenant, fiscalYear, period, level, rows, total, List.copyOf(codes), rakSource);
        }
    }

    /**
     * The sub kegiatan with no realisation row for the month: of {@code expected} (the budget's)
     * when given, else of those the realisation file holds. Sorted by code.
     */
    public List<String> missing(int month, Collection<String> expected) {
        List<String> out = new ArrayList<>();
        for (String code : expected.isEmpty() ? series.keySet() : new TreeSet<>(expected)) {
            Series s = series.get(code);
            if (s == null || !s.reported(month)) {
                out.add(code);
            }
        }
        return out;
    }

    public Summary summary(int month, Level level, Sort sort) {
        Map<String, Totals> groups = new LinkedHashMap<>();
        Map<String, Series> first = new HashMap<>();
        Totals total = new Totals();
        Function<Series, String> key = keyOf(level, tenant);
        for (Series s : series.values()) {
            String k = key.apply(s);
            Totals t = groups.computeIfAbsent(k, x -> new Totals());
            first.putIfAbsent(k, s);
            Point p = Point.of(s, month, month);
            t.add(p);
            total.add(p);
            if (critical(p)) {
                t.critical++;
                total.critical++;
            }
        }
        List<ControlRow> rows = new ArrayList<>();
        for (Map.Entry<String, Totals> e : groups.entrySet()) {
            Series s = first.get(e.getKey());
            String code = switch (level) {
                case region -> tenant;
                case skpd -> s.skpd;
                case program -> segments(s.code, 3);
                case kegiatan -> segments(s.code, 5);
                case sub_kegiatan -> s.code;
            };
            String name = switch (level) {
                case region -> tenantName;
                case skpd -> s.skpdName;
                case sub_kegiatan -> s.name;
                default -> null;
            };
            rows.add(row(code, name, level == Level.region ? null : s.skpd, e.getValue(), month));
        }
        Comparator<ControlRow> order = switch (sort == null ? Sort.code : sort) {
            case deviation -> Comparator.comparing(ControlRow::financialDeviationPct, Comparator.nullsLast(Comparator.naturalOrder()));
            case realized -> Comparator.comparing(ControlRow::realizedFinancialPct, Comparator.nullsLast(Comparator.naturalOrder()));
            case code -> Comparator.comparing((ControlRow r) -> r.skpd() == null ? "" : r.skpd()).thenComparing(ControlRow::code);
        };
        rows.sort(order.thenComparing(ControlRow::code));
        return new Summary(tenant, year, String.format("%d-%02d", year, month), level.id(), rows, row(tenant, tenantName, null, total, month),
                List.of(), rakSource);
    }

    ControlRow row(String code, String name, String skpd, Totals t, int month) {
        BigDecimal targetFin = pct(t.rak, t.pagu);
        BigDecimal realFin = pct(t.real, t.pagu);
        BigDecimal targetPhys = targetPhysical(t);
        BigDecimal realPhys = t.physPagu.signum() == 0 ? null : t.realPhysWeighted.divide(t.physPagu, 2, RoundingMode.HALF_UP);
        BigDecimal physDev = targetPhys == null ? null : realPhys.subtract(targetPhys);
        boolean critical = critical(targetPhys, physDev);
        return new ControlRow(code, name, skpd, Money.clean(t.pagu), Money.clean(t.rak), Money.clean(t.real), targetFin, realFin,
                realFin.subtract(targetFin), targetPhys, realPhys, physDev, Money.clean(t.pagu.subtract(t.real)), pct(t.projected, t.pagu),
                bands.band(month, realFin), critical, t.subs, t.critical);
    }

    private static BigDecimal targetPhysical(Totals t) {
        return t.physPagu.signum() == 0 ? null : t.plannedWeighted.divide(t.physPagu, 2, RoundingMode.HALF_UP);
    }

    /**
     * Whether one sub kegiatan is critical: what {@link #row} says of a group of it alone, without
     * the group's sums (a pagu-weighted percent of one is its own percent).
     */
    boolean critical(Point p) {
        if (p.pagu.signum() == 0 || p.planned == null && p.realPhys == null) {
            return false;
        }
        BigDecimal targetPhys = (p.planned == null ? BigDecimal.ZERO : p.planned).setScale(2, RoundingMode.HALF_UP);
        BigDecimal realPhys = (p.realPhys == null ? BigDecimal.ZERO : p.realPhys).setScale(2, RoundingMode.HALF_UP);
        return critical(targetPhys, realPhys.subtract(targetPhys));
    }

    private boolean critical(BigDecimal targetPhys, BigDecimal physDev) {
        return physDev != null && (targetPhys.compareTo(thresholds.split()) <= 0
                ? physDev.compareTo(thresholds.early().negate()) < 0
                : physDev.compareTo(thresholds.late().negate()) < 0);
    }

    static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** The projected year-end realisation amount of one sub kegiatan (see the class comment). */
    static BigDecimal projection(Series s, int month, BigDecimal pagu) {
        BigDecimal realCum = s.sum(Series.REAL, 1, month);
        BigDecimal rakCum = s.sum(Series.RAK, 1, month);
        BigDecimal rak3 = s.sum(Series.RAK, month - 2, month);
        BigDecimal real3 = s.sum(Series.REAL, month - 2, month);
        BigDecimal pace;
        if (rak3.signum() > 0) {
            pace = real3.divide(rak3, 6, RoundingMode.HALF_UP);
        } else if (rakCum.signum() > 0) {
            pace = realCum.divide(rakCum, 6, RoundingMode.HALF_UP);
        } else {
            pace = BigDecimal.ONE;
        }
        if (pace.compareTo(BigDecimal.ONE) > 0) {
            pace = BigDecimal.ONE;
        }
        BigDecimal remainingPlan = pagu.subtract(rakCum).max(BigDecimal.ZERO);
        BigDecimal projected = realCum.add(remainingPlan.multiply(pace));
        return projected.min(pagu.max(realCum));
    }

    /** Month-by-month cumulative percents of a group, for S-curves: planned and realised, money and physical. */
    public record Curve(String code, String name, BigDecimal[] plannedFinancial, BigDecimal[] realizedFinancial, BigDecimal[] plannedPhysical,
                        BigDecimal[] realizedPhysical) {
    }

    public List<Curve> curves(int period, Level level) {
        Map<String, List<Series>> groups = new LinkedHashMap<>();
        Function<Series, String> key = keyOf(level, tenant);
        for (Series s : series.values()) {
            groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
        }
        List<Curve> out = new ArrayList<>();
        for (Map.Entry<String, List<Series>> g : groups.entrySet()) {
            BigDecimal[] pf = new BigDecimal[13];
            BigDecimal[] rf = new BigDecimal[13];
            BigDecimal[] pp = new BigDecimal[13];
            BigDecimal[] rp = new BigDecimal[13];
            for (int m = 1; m <= 12; m++) {
                Totals t = new Totals();
                for (Series s : g.getValue()) {
                    t.add(s, m, period);
                }
                ControlRow r = row("", "", "", t, m);
                pf[m] = r.targetFinancialPct();
                pp[m] = r.targetPhysicalPct();
                if (m <= period) {
                    rf[m] = r.realizedFinancialPct();
                    rp[m] = r.realizedPhysicalPct();
                }
            }
            Series s = g.getValue().get(0);
            String code = level == Level.region ? tenant : level == Level.skpd ? s.skpd : g.getKey();
            String name = level == Level.region ? tenantName : level == Level.skpd ? s.skpdName : null;
            out.add(new Curve(code, name, pf, rf, pp, rp));
        }
        return out;
    }
}
