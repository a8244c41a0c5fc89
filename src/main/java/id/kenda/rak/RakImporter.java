package id.kenda.rak;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.budget.stage.Stage;
import id.kenda.core.ExitCode;
import id.kenda.core.Hashes;
import id.kenda.core.ImportStatus;
import id.kenda.core.KendaException;
import id.kenda.core.Progress;
import id.kenda.db.BulkLoader;
import id.kenda.db.Database;
import id.kenda.db.RevisionLoad;
import id.kenda.db.Revisions;
import id.kenda.db.SqlErrors;
import id.kenda.domain.AccountCode;
import id.kenda.domain.SkpdCode;
import id.kenda.domain.SubKegiatanCode;
import id.kenda.io.AmountException;
import id.kenda.io.BadRow;
import id.kenda.io.Row;
import id.kenda.io.TableReader;
import org.jooq.Field;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.kenda.db.schema.Tables.RAK_ROW;

/**
 * Imports a RAK file as the revision of a year and budget stage, all-or-nothing: codes well formed
 * (accounts compared by numeric segments), each month an exact amount and not negative (an empty
 * month is 0), a stated total equal to the sum of the months, one row per SKPD, sub kegiatan and
 * account, validation flags readable.
 */
public final class RakImporter {
    static final List<Field<?>> FIELDS = List.of(RAK_ROW.TENANT_ID, RAK_ROW.REVISION_ID, RAK_ROW.LINE_NO, RAK_ROW.SKPD_CODE, RAK_ROW.SUB_KEGIATAN,
            RAK_ROW.ACCOUNT, RAK_ROW.ACCOUNT_NORM, RAK_ROW.SKPD_NAME, RAK_ROW.SUB_KEGIATAN_NAME, RAK_ROW.ACCOUNT_NAME, RAK_ROW.M1, RAK_ROW.M2,
            RAK_ROW.M3, RAK_ROW.M4, RAK_ROW.M5, RAK_ROW.M6, RAK_ROW.M7, RAK_ROW.M8, RAK_ROW.M9, RAK_ROW.M10, RAK_ROW.M11, RAK_ROW.M12, RAK_ROW.TOTAL,
            RAK_ROW.VALID_SKPD, RAK_ROW.VALID_SEKDA, RAK_ROW.VALID_BUD);
    static final int SHOWN = 100;

    /** A rejected row: where and why. */
    @JsonPropertyOrder({"line", "column", "reason"})
    public record Problem(int line, int column, String reason) {
    }

    @JsonPropertyOrder({"revision", "fiscalYear", "stage", "status", "rows", "rejected", "rejects"})
    public record Result(Integer revision, int fiscalYear, String stage, ImportStatus status, long rows, int rejected, List<Problem> rejects) {
    }

    private RakImporter() {
    }

    public static Result run(Database db, String tenant, Path file, TableReader reader, int year, Stage stage, Progress progress, String command,
                             boolean dryRun) {
        Revisions revisions = new Revisions(db.dsl(), tenant);
        if (!dryRun) {
            revisions.cleanLeftovers();
        }
        String sha = Hashes.sha256(file);
        var active = revisions.active(Revisions.Dataset.RAK, year, stage.name());
        if (active.isPresent() && active.get().sourceSha256().equals(sha)) {
            return new Result(active.get().id(), year, stage.name(), ImportStatus.UNCHANGED, active.get().rows(), 0, List.of());
        }
        List<Problem> rejects = new ArrayList<>();
        int rejected = 0;
        long rows = 0;
        // one entry per row: a 64-bit digest of its key and its line, not the key's text
        Map<Long, Integer> seen = new HashMap<>();
        try (RevisionLoad load = dryRun ? RevisionLoad.dryRun(db, tenant, Revisions.Dataset.RAK)
                : RevisionLoad.begin(db, tenant, Revisions.Dataset.RAK, command, sha)) {
            int id = load.id();
            try {
                try (BulkLoader loader = BulkLoader.open(db, RAK_ROW, FIELDS, load.dry())) {
                    String progressLabel = "importing " + file.getFileName();
                    for (Row r : reader) {
                        rows++;
                        progress.update(progressLabel, rows, reader.fractionRead());
                        try {
                            loader.add(row(r, tenant, id, seen));
                        } catch (BadRow e) {
                            rejected++;
                            if (rejects.size() < SHOWN) {
                                rejects.add(new Problem(r.line(), e.column(), e.getMessage()));
                            }
                        }
                    }
                    loader.endLoad();
                }
                progress.done();
                if (rows == 0) {
                    throw new KendaException(ExitCode.DATA, file + ": no data rows below the header", "export the anggaran kas again");
                }
                load.read(rows);
                if (rejected > 0) {
                    load.refuse(ExitCode.DATA, rejected + " invalid rows");
                    throw new Refused(new Result(null, year, stage.name(), ImportStatus.REJECTED, rows, rejected, rejects));
                }
                load.activate(year, stage.name(), file.toString(), sha, (int) rows, "imported " + rows + " rows");
                return new Result(load.dry() ? null : id, year, stage.name(), load.dry() ? ImportStatus.DRY_RUN : ImportStatus.IMPORTED, rows, 0, List.of());
            } catch (SQLException | RuntimeException e) {
                throw load.failure(e);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, db.target().display());
        }
    }

    private static Object[] row(Row r, String tenant, int id, Map<Long, Integer> seen) throws BadRow {
        if (r.ragged()) {
            throw new BadRow(0, "has " + r.size() + " cells where the header has " + r.headerSize());
        }
        String skpd = r.get("skpd");
        String sub = r.get("subKegiatan");
        String account = r.get("account");
        if (skpd == null || !SkpdCode.isValid(skpd)) {
            throw new BadRow(r.column("skpd"), "kode_skpd '" + nz(skpd) + "' is not 8 numeric segments like 1.02.0.00.0.00.01.0000");
        }
        if (sub == null || !SubKegiatanCode.isValid(sub)) {
            throw new BadRow(r.column("subKegiatan"), "kode_sub_kegiatan '" + nz(sub) + "' is not like 2.16.03.2.01.0004");
        }
        String norm = account == null ? null : AccountCode.normalise(account).orElse(null);
        if (norm == null) {
            throw new BadRow(r.column("account"), "kode_akun '" + nz(account) + "' is not an account code of 6 numeric segments like 5.1.02.01.01.0024");
        }
        Integer first = seen.putIfAbsent(digest(skpd + "|" + sub + "|" + norm), r.line());
        if (first != null) {
            throw new BadRow(r.column("account"), "SKPD " + skpd + ", sub kegiatan " + sub + ", account " + account + " already has a row at line " + first);
        }
        Object[] out = new Object[FIELDS.size()];
        out[0] = tenant;
        out[1] = id;
        out[2] = r.line();
        out[3] = skpd;
        out[4] = sub;
        out[5] = BulkLoader.fit(RAK_ROW.ACCOUNT, account);
        out[6] = norm;
        out[7] = BulkLoader.fit(RAK_ROW.SKPD_NAME, r.get("skpdName"));
        out[8] = BulkLoader.fit(RAK_ROW.SUB_KEGIATAN_NAME, r.get("subKegiatanName"));
        out[9] = BulkLoader.fit(RAK_ROW.ACCOUNT_NAME, r.get("accountName"));
        BigDecimal sum = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            BigDecimal v = amount(r, RakColumns.month(m), "month " + m);
            out[9 + m] = v;
            sum = sum.add(v);
        }
        if (r.get("total") != null) {
            BigDecimal stated = amount(r, "total", "the total");
            if (stated.compareTo(sum) != 0) {
                throw new BadRow(r.column("total"), "the total " + stated.toPlainString() + " is not the sum of the months " + sum.toPlainString());
            }
        }
        out[22] = sum;
        out[23] = flag(r, "validSkpd", "is_valid_skpd");
        out[24] = flag(r, "validSekda", "is_valid_sekda");
        out[25] = flag(r, "validBud", "is_valid_bud");
        return out;
    }

    private static BigDecimal amount(Row r, String key, String what) throws BadRow {
        if (r.get(key) == null) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal v = r.amount(key);
            if (v.signum() < 0) {
                throw new BadRow(r.column(key), what + " " + v.toPlainString() + " is negative");
            }
            if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
                throw new BadRow(r.column(key), what + " " + v.toPlainString() + " has more than 2 decimals");
            }
            return v;
        } catch (AmountException e) {
            throw new BadRow(r.column(key), what + " " + e.getMessage());
        }
    }

    /** A validation flag: 1/0, true/false, ya/tidak, t/f; empty is unknown (null). */
    private static Boolean flag(Row r, String key, String column) throws BadRow {
        String v = r.get(key);
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "t", "ya", "y", "yes", "valid" -> Boolean.TRUE;
            case "0", "false", "f", "tidak", "n", "no", "belum" -> Boolean.FALSE;
            default -> throw new BadRow(r.column(key), column + " '" + v.strip() + "' is not 1/0, true/false or ya/tidak");
        };
    }

    private static long digest(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        long h = 0xcbf29ce484222325L;
        long g = 0x84222325cbf29ce4L;
        for (byte x : b) {
            h = (h ^ (x & 0xff)) * 0x100000001b3L;
            g = (g ^ (x & 0xff)) * 0x1000193L + 0x9e3779b97f4a7c15L;
        }
        return h ^ Long.rotateLeft(g, 29);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Invalid rows refused the import: carries the result to print before exiting 65. */
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
