package id.kenda.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.core.ImportStatus;
import id.kenda.core.ExitCode;
import id.kenda.core.Hashes;
import id.kenda.core.KendaException;
import id.kenda.core.Progress;
import id.kenda.core.ShrinkGuard;
import id.kenda.db.BulkLoader;
import id.kenda.db.Database;
import id.kenda.db.RevisionLoad;
import id.kenda.db.Revisions;
import id.kenda.db.SqlErrors;
import id.kenda.domain.Months;
import id.kenda.domain.Money;
import id.kenda.domain.SkpdCode;
import id.kenda.domain.SubKegiatanCode;
import id.kenda.io.AmountException;
import id.kenda.io.BadRow;
import id.kenda.io.Column;
import id.kenda.io.Row;
import id.kenda.io.TableReader;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.kenda.db.schema.Tables.REALIZATION_ROW;
import static id.kenda.db.schema.Tables.REALIZATION_SERIES;

/**
 * Imports the monthly plan and realisation file as a revision of the year, all-or-nothing:
 * months 1-12 (or YYYY-MM of the year), money not negative, physical percent 0-100 and never
 * decreasing per sub kegiatan, a pagu from the file or the imported budget, and (when a budget
 * exists) only sub kegiatan of that budget. Cumulative realisation above pagu is reported, not refused.
 */
public final class RealizationImporter {
    public static final List<Column> COLUMNS = List.of(
            Column.required("skpd", "kode_skpd"),
            Column.required("subKegiatan", "kode_sub_kegiatan"),
            Column.required("month", "bulan"),
            Column.optional("pagu", "pagu").amounts(),
            Column.optional("rak", "rak", "anggaran_kas").amounts(),
            Column.required("realized", "realisasi", "realisasi_keuangan").amounts(),
            Column.optional("plannedPhysical", "rencana_fisik", "target_fisik").amounts(),
            Column.optional("realizedPhysical", "realisasi_fisik").amounts(),
            Column.optional("skpdName", "nama_skpd"),
            Column.optional("subKegiatanName", "nama_sub_kegiatan"));

    static final List<Field<?>> FIELDS = List.of(REALIZATION_ROW.TENANT_ID, REALIZATION_ROW.REVISION_ID, REALIZATION_ROW.SKPD_CODE,
            REALIZATION_ROW.SUB_KEGIATAN, REALIZATION_ROW.MONTH_NO, REALIZATION_ROW.SKPD_NAME, REALIZATION_ROW.SUB_KEGIATAN_NAME, REALIZATION_ROW.PAGU,
            REALIZATION_ROW.RAK, REALIZATION_ROW.REALIZED, REALIZATION_ROW.PLANNED_PHYSICAL, REALIZATION_ROW.REALIZED_PHYSICAL, REALIZATION_ROW.SOURCE_LINE);
    static final List<Field<?>> SERIES_FIELDS = List.of(REALIZATION_SERIES.TENANT_ID, REALIZATION_SERIES.REVISION_ID, REALIZATION_SERIES.CHUNK_NO,
            REALIZATION_SERIES.SERIES);

    private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})(?:-[0-9]{1,2})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int SHOWN = 100;

    /** A rejected row or a reported finding. */
    @JsonPropertyOrder({"line", "column", "reason"})
    public record Problem(int line, int column, String reason) {
    }

    /** What the import did. */
    @JsonPropertyOrder({"revision", "fiscalYear", "status", "rows", "subKegiatan", "lastMonth", "rejected", "rejects", "findings"})
    public record Result(Integer revision, int fiscalYear, ImportStatus status, long rows, int subKegiatan, int lastMonth, int rejected,
                         List<Problem> rejects, List<Problem> findings) {
    }

    /** Per sub kegiatan, what the cross-month checks need, and its series as the control summary reads it. */
    private static final class Sub {
        final String skpd;
        BigDecimal pagu;
        // exact, as written: a float would report 12.3 % as 12.300000190734863 %
        final BigDecimal[] planned = new BigDecimal[13];
        final BigDecimal[] realizedPhys = new BigDecimal[13];
        final int[] line = new int[13];
        BigDecimal realized = BigDecimal.ZERO;
        final SeriesCodec.Months months = new SeriesCodec.Months();
        // the names of the latest month that gives one
        String skpdName;
        String name;
        int skpdNameMonth;
        int nameMonth;

        Sub(String skpd) {
            this.skpd = skpd;
        }
    }

    private RealizationImporter() {
    }

    public static Result run(Database db, String tenant, Path file, TableReader reader, int year, Map<String, BigDecimal> budgetPagu,
                             Set<String> knownSkpd, ShrinkGuard shrink, Progress progress, String command, boolean dryRun) {
        Revisions revisions = new Revisions(db.dsl(), tenant);
        if (!dryRun) {
            revisions.cleanLeftovers();
        }
        String sha = Hashes.sha256(file);
        var active = revisions.active(Revisions.Dataset.REALIZATION, year, "monthly");
        if (active.isPresent() && active.get().sourceSha256().equals(sha)) {
            if (!dryRun) {
                storeSeriesUnlessCurrent(db, tenant, active.get());
            }
            return new Result(active.get().id(), year, ImportStatus.UNCHANGED, active.get().rows(), 0, 0, 0, List.of(), List.of());
        }
        if (!reader.has("rak") && revisions.list(Revisions.Dataset.RAK, year, null).stream().noneMatch(x -> x.status().equals(Revisions.ACTIVE))) {
            throw new KendaException(ExitCode.DATA, file + ":" + reader.headerLine() + ": the file has no rak column and no RAK is imported for " + year,
                    "import the anggaran kas first (kenda rak import FILE --year " + year + "), or add the rak column");
        }
        List<Problem> rejects = new ArrayList<>();
        int rejected = 0;
        Map<String, Sub> subs = new HashMap<>();
        int lastMonth = 0;
        long rows = 0;
        try (RevisionLoad load = dryRun ? RevisionLoad.dryRun(db, tenant, Revisions.Dataset.REALIZATION)
                : RevisionLoad.begin(db, tenant, Revisions.Dataset.REALIZATION, command, sha)) {
            int id = load.id();
            try {
                try (BulkLoader loader = BulkLoader.open(db, REALIZATION_ROW, FIELDS, load.dry())) {
                    String progressLabel = "importing " + file.getFileName();
                    for (Row r : reader) {
                        rows++;
                        progress.update(progressLabel, rows, reader.fractionRead());
                        String problem = null;
                        int column = 0;
                        String skpd = r.get("skpd");
                        String sub = r.get("subKegiatan");
                        Integer month = null;
                        BigDecimal pagu = null;
                        BigDecimal rak = null;
                        BigDecimal realized = null;
                        BigDecimal planned = null;
                        BigDecimal realPhys = null;
                        Sub s = null;
                        try {
                            if (r.ragged()) {
                                throw new BadRow(0, "has " + r.size() + " cells where the header has " + r.headerSize());
                            }
                            if (skpd == null || sub == null) {
                                throw new BadRow(r.column(skpd == null ? "skpd" : "subKegiatan"), "kode_skpd and kode_sub_kegiatan are required");
                            }
                            if (!SkpdCode.isValid(skpd)) {
                                throw new BadRow(r.column("skpd"), "kode_skpd '" + skpd + "' is not 8 numeric segments like 1.02.0.00.0.00.01.0000");
                            }
                            if (!knownSkpd.isEmpty() && !knownSkpd.contains(skpd)) {
                                throw new BadRow(r.column("skpd"), "SKPD " + skpd + " is not in the tenant's agency list"
                                        + " (kenda tenant show lists them; kenda tenant provision --skpd adds one)");
                            }
                            if (!SubKegiatanCode.isValid(sub)) {
                                throw new BadRow(r.column("subKegiatan"), "kode_sub_kegiatan '" + sub + "' is not like 2.16.03.2.01.0004");
                            }
                            month = month(r.get("month"), year, r.column("month"));
                            rak = r.get("rak") == null ? null : money(r, "rak");
                            realized = money(r, "realized");
                            pagu = r.get("pagu") == null ? budgetPagu.get(sub) : money(r, "pagu");
                            if (pagu == null) {
                                throw new BadRow(r.column("pagu"), "no pagu for sub kegiatan " + sub + ": give one in the pagu column or import the budget first");
                            }
                            if (!budgetPagu.isEmpty() && !budgetPagu.containsKey(sub)) {
                                throw new BadRow(r.column("subKegiatan"), "sub kegiatan " + sub + " is not in the imported budget of " + year);
                            }
                            planned = percent(r, "plannedPhysical");
                            realPhys = percent(r, "realizedPhysical");
                            s = subs.computeIfAbsent(sub, k -> new Sub(skpd));
                            if (!s.skpd.equals(skpd)) {
                                throw new BadRow(r.column("skpd"), "sub kegiatan " + sub + " is under SKPD " + s.skpd + " on line " + firstLine(s) + ", not " + skpd);
                            }
                            if (s.line[month] != 0) {
                                throw new BadRow(r.column("month"), "sub kegiatan " + sub + " already has month " + month + " on line " + s.line[month]);
                            }
                            s.line[month] = r.line();
                            s.pagu = pagu;
                            s.realized = s.realized.add(realized);
                            s.planned[month] = planned;
                            s.realizedPhys[month] = realPhys;
                            lastMonth = Math.max(lastMonth, month);
                        } catch (BadRow e) {
                            problem = e.getMessage();
                            column = e.column();
                        }
                        if (problem != null) {
                            rejected++;
                            if (rejects.size() < SHOWN) {
                                rejects.add(new Problem(r.line(), column, problem));
                            }
                            continue;
                        }
                        String skpdName = BulkLoader.fit(REALIZATION_ROW.SKPD_NAME, r.get("skpdName"));
                        String name = BulkLoader.fit(REALIZATION_ROW.SUB_KEGIATAN_NAME, r.get("subKegiatanName"));
                        loader.add(new Object[] {tenant, id, skpd, sub, month, skpdName, name, pagu, rak, realized, planned, realPhys, r.line()});
                        s.months.month(month, pagu, rak, realized, planned, realPhys);
                        if (skpdName != null && month > s.skpdNameMonth) {
                            s.skpdName = skpdName;
                            s.skpdNameMonth = month;
                        }
                        if (name != null && month > s.nameMonth) {
                            s.name = name;
                            s.nameMonth = month;
                        }
                    }
                    loader.endLoad();
                }
                progress.done();
                if (rows == 0) {
                    throw new KendaException(ExitCode.DATA, file + ": no data rows below the header", "export the realisation again");
                }
                List<Problem> findings = new ArrayList<>();
                Map<String, Sub> sorted = new TreeMap<>(subs);
                for (Map.Entry<String, Sub> e : sorted.entrySet()) {
                    Sub s = e.getValue();
                    for (BigDecimal[] series : new BigDecimal[][] {s.planned, s.realizedPhys}) {
                        String what = series == s.planned ? "rencana_fisik" : "realisasi_fisik";
                        BigDecimal prev = null;
                        int prevMonth = 0;
                        for (int m = 1; m <= 12; m++) {
                            if (series[m] == null) {
                                continue;
                            }
                            if (prev != null && series[m].compareTo(prev) < 0) {
                                rejected++;
                                if (rejects.size() < SHOWN) {
                                    rejects.add(new Problem(s.line[m], 0, what + " of sub kegiatan " + e.getKey() + " goes back from " + fmt(prev)
                                            + " % in month " + prevMonth + " to " + fmt(series[m]) + " % in month " + m + " (it is cumulative)"));
                                }
                            }
                            prev = series[m];
                            prevMonth = m;
                        }
                    }
                    if (s.realized.compareTo(s.pagu) > 0 && findings.size() < SHOWN) {
                        findings.add(new Problem(firstLine(s), 0, "sub kegiatan " + e.getKey() + " has realised " + Money.clean(s.realized).toPlainString()
                                + ", above its pagu " + Money.clean(s.pagu).toPlainString()));
                    }
                }
                load.read(rows);
                if (rejected > 0) {
                    load.refuse(ExitCode.DATA, rejected + " invalid rows");
                    throw new Refused(new Result(null, year, ImportStatus.REJECTED, rows, subs.size(), lastMonth, rejected, rejects, findings));
                }
                if (active.isPresent()) {
                    Set<String> before = new HashSet<>(db.dsl().selectDistinct(REALIZATION_ROW.SUB_KEGIATAN).from(REALIZATION_ROW)
                            .where(REALIZATION_ROW.TENANT_ID.eq(tenant), REALIZATION_ROW.REVISION_ID.eq(active.get().id())).fetch(REALIZATION_ROW.SUB_KEGIATAN));
                    int kept = before.size();
                    before.removeAll(subs.keySet());
                    shrink.checkRemoved("sub kegiatan", kept, before.size(), "the file has " + subs.size() + " sub kegiatan, revision "
                            + active.get().id() + " has " + kept + (before.isEmpty() ? "" : "; missing e.g. " + new TreeSet<>(before).first()));
                }
                try (BulkLoader series = BulkLoader.open(db, REALIZATION_SERIES, SERIES_FIELDS, load.dry())) {
                    SeriesCodec.Writer chunks = new SeriesCodec.Writer((no, bytes) -> series.add(new Object[] {tenant, id, no, bytes}));
                    for (Map.Entry<String, Sub> e : sorted.entrySet()) {
                        Sub s = e.getValue();
                        chunks.add(e.getKey(), s.skpd, s.skpdName, s.name, s.months);
                    }
                    chunks.finish();
                    series.endLoad();
                }
                load.activate(year, "monthly", file.toString(), sha, (int) rows, "imported " + rows + " rows");
                return new Result(load.dry() ? null : id, year, load.dry() ? ImportStatus.DRY_RUN : ImportStatus.IMPORTED, rows, subs.size(), lastMonth, 0, List.of(), findings);
            } catch (SQLException | RuntimeException e) {
                throw load.failure(e);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, db.target().display());
        }
    }

    /**
     * Stores again, gathered from its rows, the series of a revision that lacks them (imported
     * before they were kept), holds them in an earlier layout, or holds a copy that cannot be read,
     * fails its CRC or holds a different number of months than the revision has rows (the summary
     * then reads the rows, slower): re-importing the same file is UNCHANGED and its
     * summaries read the series again. One transaction, none or all; nothing happens when the
     * series are whole and current.
     */
    static void storeSeriesUnlessCurrent(Database db, String tenant, Revisions.Info active) {
        DSLContext dsl = db.dsl();
        if (ControlEngine.seriesCurrent(dsl, tenant, active)) {
            return;
        }
        int revision = active.id();
        Map<String, ControlEngine.Series> fromRows = ControlEngine.readRows(dsl, tenant, revision, Progress.NONE);
        dsl.transaction(tx -> {
            tx.dsl().deleteFrom(REALIZATION_SERIES).where(REALIZATION_SERIES.TENANT_ID.eq(tenant), REALIZATION_SERIES.REVISION_ID.eq(revision)).execute();
            SeriesCodec.Writer chunks = new SeriesCodec.Writer((no, bytes) -> tx.dsl().insertInto(REALIZATION_SERIES)
                    .set(REALIZATION_SERIES.TENANT_ID, tenant).set(REALIZATION_SERIES.REVISION_ID, revision)
                    .set(REALIZATION_SERIES.CHUNK_NO, no).set(REALIZATION_SERIES.SERIES, bytes).execute());
            for (ControlEngine.Series s : fromRows.values()) {
                chunks.add(s.code, s.skpd, s.skpdName, s.name, SeriesCodec.Months.of(s));
            }
            chunks.finish();
        });
    }

    private static int firstLine(Sub s) {
        for (int m = 1; m <= 12; m++) {
            if (s.line[m] != 0) {
                return s.line[m];
            }
        }
        return 0;
    }

    private static String fmt(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static int month(String text, int year, int column) throws BadRow {
        if (text == null) {
            throw new BadRow(column, "bulan is empty");
        }
        String t = text.strip();
        Matcher m = YEAR_MONTH.matcher(t);
        LocalDate serial = Months.excelSerial(t);
        int month;
        if (m.matches()) {
            if (Integer.parseInt(m.group(1)) != year) {
                throw new BadRow(column, "bulan " + t + " is not in fiscal year " + year);
            }
            month = Integer.parseInt(m.group(2));
        } else if (t.matches("[0-9]{1,2}")) {
            month = Integer.parseInt(t);
        } else if (serial != null) {
            // a month column typed as a date in the spreadsheet and exported as its day number
            if (serial.getYear() != year) {
                throw new BadRow(column, "bulan " + t + " is a spreadsheet date (" + serial + ") not in fiscal year " + year);
            }
            month = serial.getMonthValue();
        } else if (Months.byName(t) > 0) {
            month = Months.byName(t);
        } else {
            throw new BadRow(column, "bulan '" + t + "' is not 1-12, YYYY-MM or a month name");
        }
        if (month < 1 || month > 12) {
            throw new BadRow(column, "bulan " + t + " is out of range (1-12)");
        }
        return month;
    }

    private static BigDecimal money(Row r, String key) throws BadRow {
        try {
            BigDecimal v = r.amount(key);
            if (v.signum() < 0) {
                throw new BadRow(r.column(key), columnName(key) + " " + v.toPlainString() + " is negative");
            }
            return v;
        } catch (AmountException e) {
            throw new BadRow(r.column(key), columnName(key) + " " + e.getMessage());
        }
    }

    /** The column's name as the file format writes it (realisasi, rencana_fisik), for messages. */
    private static String columnName(String key) {
        return COLUMNS.stream().filter(c -> c.key().equals(key)).findFirst().map(c -> c.names().get(0)).orElse(key);
    }

    private static BigDecimal percent(Row r, String key) throws BadRow {
        if (r.get(key) == null) {
            return null;
        }
        try {
            BigDecimal v = r.percent(key);
            if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                throw new BadRow(r.column(key), columnName(key) + " " + v.toPlainString() + " is not between 0 and 100 %");
            }
            return v;
        } catch (AmountException e) {
            throw new BadRow(r.column(key), columnName(key) + " " + e.getMessage());
        }
    }

    /** Invalid rows refused the import. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        Refused(Result result) {
            super("invalid rows", null, false, false);
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }
}
