package id.kenda.budget;

import id.kenda.budget.rules.StageMismatchRule;
import id.kenda.budget.stage.Stage;
import id.kenda.budget.stage.StoredStages;
import id.kenda.core.ImportStatus;
import id.kenda.core.ExitCode;
import id.kenda.core.Hashes;
import id.kenda.core.KendaException;
import id.kenda.core.ShrinkGuard;
import id.kenda.db.BulkLoader;
import id.kenda.db.Database;
import id.kenda.db.RevisionLoad;
import id.kenda.db.Revisions;
import id.kenda.db.SqlErrors;
import id.kenda.io.TableReader;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.kenda.db.schema.Tables.BUDGET_LINE;

/**
 * Stores the approved budget as a revision (per fiscal year and stage): one streaming pass
 * validates every line and loads it; lines with errors stop the import unless accepted; the new
 * revision is activated in one short transaction; a source equal to the active one is unchanged.
 */
public final class BudgetImporter {
    static final List<Field<?>> COLUMNS = List.of(BUDGET_LINE.TENANT_ID, BUDGET_LINE.REVISION_ID, BUDGET_LINE.LINE_NO, BUDGET_LINE.SKPD_CODE,
            BUDGET_LINE.SUB_KEGIATAN, BUDGET_LINE.ACCOUNT, BUDGET_LINE.ACCOUNT_NORM, BUDGET_LINE.ITEM_CODE, BUDGET_LINE.SIPD_ID, BUDGET_LINE.NAME,
            BUDGET_LINE.SPEC, BUDGET_LINE.KOEFISIEN, BUDGET_LINE.VOLUME, BUDGET_LINE.UNIT, BUDGET_LINE.UNIT_PRICE, BUDGET_LINE.PPN, BUDGET_LINE.TOTAL);

    /** What the import did, for the summary and JSON. */
    public record Result(Integer revision, Stage stage, int fiscalYear, ImportStatus status, long lines, long stored, long errors, long warnings,
                         Integer previousRevision, ValidationResult validation) {
    }

    private BudgetImporter() {
    }

    /**
     * Validates and stores the budget as a new revision of its stage; with {@code dryRun}, the same
     * validation and load in a transaction rolled back at the end ({@link RevisionLoad#dryRun}).
     */
    public static Result run(Database db, String tenant, Path file, TableReader reader, Validator validator, int year, Stage stage,
                             boolean forceOrder, boolean acceptFindings, ShrinkGuard shrink, String command, boolean dryRun) {
        Revisions revisions = new Revisions(db.dsl(), tenant);
        if (!dryRun) {
            revisions.cleanLeftovers();
        }
        String sha = Hashes.sha256(file);
        new StoredStages(db.dsl(), tenant).checkOrder(year, stage, forceOrder);
        var active = revisions.active(Revisions.Dataset.BUDGET, year, stage.name());
        if (active.isPresent() && active.get().sourceSha256().equals(sha)) {
            return new Result(active.get().id(), stage, year, ImportStatus.UNCHANGED, active.get().rows(), active.get().rows(), 0, 0, active.get().id(), null);
        }
        try (RevisionLoad load = dryRun ? RevisionLoad.dryRun(db, tenant, Revisions.Dataset.BUDGET)
                : RevisionLoad.begin(db, tenant, Revisions.Dataset.BUDGET, command, sha)) {
            try {
                int id = load.id();
                ValidationResult v;
                long[] stored = {0};
                try (BulkLoader loader = BulkLoader.open(db, BUDGET_LINE, COLUMNS, load.dry())) {
                    v = validator.run(reader, tenant, year, (line, hasError) -> {
                        if (line.subKegiatan() == null || line.account() == null) {
                            return;
                        }
                        stored[0]++;
                        add(loader, db, new Object[] {tenant, id, line.line(), line.skpd(), BulkLoader.fit(BUDGET_LINE.SUB_KEGIATAN, line.subKegiatan()),
                            BulkLoader.fit(BUDGET_LINE.ACCOUNT, line.account()), line.accountNorm(), line.itemCode(), line.sipdId(),
                            BulkLoader.fit(BUDGET_LINE.NAME, line.name()), BulkLoader.fit(BUDGET_LINE.SPEC, line.spec()), BulkLoader.fit(BUDGET_LINE.KOEFISIEN, line.koefisien()),
                            line.volume(), BulkLoader.fit(BUDGET_LINE.UNIT, line.unit()), line.unitPrice(), line.ppn(), line.total()});
                    });
                    loader.endLoad();
                }
                Integer previous = active.map(Revisions.Info::id).orElse(null);
                if (v.errors() > 0 && !acceptFindings) {
                    load.read(v.lines());
                    load.refuse(ExitCode.DATA, v.errors() + " lines with errors");
                    throw new Refused(new Result(null, stage, year, ImportStatus.REJECTED, v.lines(), 0, v.errors(), v.warnings(), previous, v));
                }
                load.read(v.lines());
                checkShrink(db, tenant, active, stored[0], v, shrink);
                load.activate(year, stage.name(), file.toString(), sha, (int) stored[0], "imported " + v.lines() + " lines");
                return new Result(load.dry() ? null : id, stage, year, load.dry() ? ImportStatus.DRY_RUN : ImportStatus.IMPORTED, v.lines(), stored[0],
                        v.errors(), v.warnings(), previous, v);
            } catch (SQLException | RuntimeException e) {
                throw load.failure(e);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, db.target().display());
        }
    }

    /**
     * The stored stage just before {@code stage} (the latest of the year that comes before it), with
     * its sum per sub kegiatan and account: what a DPA-P file's sebelum side must match. Empty when
     * none is stored.
     */
    public static Optional<Validator.PreviousStage> previousStage(Database db, String tenant, int year, Stage stage) {
        Optional<Revisions.Info> prev = new StoredStages(db.dsl(), tenant).active(year).stream()
                .filter(r -> Stage.stored(r.kind()).compareTo(stage) < 0).reduce((a, b) -> b);
        if (prev.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        Field<String> account = DSL.coalesce(BUDGET_LINE.ACCOUNT_NORM, BUDGET_LINE.ACCOUNT);
        db.dsl().select(BUDGET_LINE.SUB_KEGIATAN, account, DSL.sum(BUDGET_LINE.TOTAL)).from(BUDGET_LINE)
                .where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(prev.get().id()))
                .groupBy(BUDGET_LINE.SUB_KEGIATAN, account)
                .forEach(r -> sums.merge(StageMismatchRule.key(r.value1(), r.value2()), r.value3() == null ? BigDecimal.ZERO : r.value3(), BigDecimal::add));
        return Optional.of(new Validator.PreviousStage(prev.get().kind() + " (revision " + prev.get().id() + ")", sums));
    }

    /** The validator knows nothing of SQL: a failed write is translated here, where the database is. */
    private static void add(BulkLoader loader, Database db, Object[] row) {
        try {
            loader.add(row);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, db.target().display());
        }
    }

    /** The new stage must not drop more than the allowed share of the active one's lines or total. */
    private static void checkShrink(Database db, String tenant, Optional<Revisions.Info> active, long lines, ValidationResult v,
                                    ShrinkGuard shrink) {
        if (active.isEmpty()) {
            return;
        }
        Revisions.Info a = active.get();
        shrink.checkRemoved("budget lines", a.rows(), Math.max(0, a.rows() - lines),
                "the file has " + lines + " lines, revision " + a.id() + " has " + a.rows());
        BigDecimal before = db.dsl().select(DSL.sum(BUDGET_LINE.TOTAL)).from(BUDGET_LINE)
                .where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(a.id())).fetchOne(0, BigDecimal.class);
        shrink.checkTotal("total", before, v.total());
    }

    /** Lines with errors refused the import: carries the result to print before exiting 65. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        public Refused(Result result) {
            super("lines with errors", null, false, false);
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }

    /** The errors refused. */
    public static KendaException refusal(Result r) {
        return new KendaException(ExitCode.DATA, r.errors() + " finding" + (r.errors() == 1 ? "" : "s") + " at error level in the budget; nothing was imported",
                "fix them (kenda budget validate FILE shows each), or pass --accept-findings to store the budget as it is");
    }
}
