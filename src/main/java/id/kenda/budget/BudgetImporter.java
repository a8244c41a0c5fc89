package id.kenda.budget;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.BulkLoader;
import id.kenda.db.Database;
import id.kenda.db.LockHolder;
import id.kenda.db.Revisions;
import id.kenda.db.RunAudit;
import id.kenda.db.SqlErrors;
import id.kenda.io.TableReader;
import id.kenda.pricelist.SshImporter;
import org.jooq.Field;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

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
    public record Result(Integer revision, String stage, int fiscalYear, String status, long lines, long stored, long errors, long warnings,
                         Integer previousRevision, ValidationResult validation) {
    }

    private BudgetImporter() {
    }

    public static Result run(Database db, String tenant, Path file, TableReader reader, Validator validator, int year, String stage,
                             boolean acceptFindings, String command) {
        Revisions revisions = new Revisions(db.dsl(), tenant);
        revisions.cleanLeftovers();
        String sha = SshImporter.sha256(file);
        var active = revisions.active(Revisions.Dataset.BUDGET, year, stage);
        if (active.isPresent() && active.get().sourceSha256().equals(sha)) {
            return new Result(active.get().id(), stage, year, "unchanged", active.get().rows(), active.get().rows(), 0, 0, active.get().id(), null);
        }
        Connection c = db.connection();
        int id = revisions.nextId();
        RunAudit audit = RunAudit.start(db, tenant, command, sha);
        boolean done = false;
        int failure = ExitCode.SOFTWARE;
        try {
            c.setAutoCommit(false);
            ValidationResult v;
            long[] stored = {0};
            try (BulkLoader loader = BulkLoader.open(db, BUDGET_LINE, COLUMNS, false)) {
                v = validator.run(reader, tenant, year, (line, hasError) -> {
                    if (line.subKegiatan() == null || line.account() == null) {
                        return;
                    }
                    stored[0]++;
                    loader.add(new Object[] {tenant, id, line.line(), line.skpd(), BulkLoader.truncate(line.subKegiatan(), 40),
                        BulkLoader.truncate(line.account(), 40), line.accountNorm(), line.itemCode(), line.sipdId(),
                        BulkLoader.truncate(line.name(), 1000), BulkLoader.truncate(line.spec(), 4000), BulkLoader.truncate(line.koefisien(), 200),
                        line.volume(), BulkLoader.truncate(line.unit(), 100), line.unitPrice(), line.ppn(), line.total()});
                });
                loader.endLoad();
            }
            if (v.errors() > 0 && !acceptFindings) {
                c.rollback();
                revisions.discard(id, Revisions.Dataset.BUDGET);
                c.commit();
                c.setAutoCommit(true);
                audit.finish(ExitCode.DATA, v.errors() + " lines with errors");
                done = true;
                throw new Refused(new Result(null, stage, year, "rejected", v.lines(), 0, v.errors(), v.warnings(),
                        active.map(Revisions.Info::id).orElse(null), v));
            }
            revisions.registerLoading(id, Revisions.Dataset.BUDGET, year, stage, null, file.toString(), sha,
                    "pid " + ProcessHandle.current().pid() + " on " + LockHolder.hostName());
            c.commit();
            c.setAutoCommit(true);
            revisions.activate(Map.of(id, (int) stored[0]));
            done = true;
            finishQuietly(audit, ExitCode.OK, "imported " + v.lines() + " lines");
            done = true;
            return new Result(id, stage, year, "imported", v.lines(), stored[0], v.errors(), v.warnings(), active.map(Revisions.Info::id).orElse(null), v);
        } catch (SQLException e) {
            KendaException k = SqlErrors.translate(e, db.target().display());
            failure = k.exitCode();
            throw k;
        } catch (KendaException e) {
            failure = e.exitCode();
            throw e;
        } finally {
            if (!done) {
                try {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                    c.setAutoCommit(true);
                    revisions.discard(id, Revisions.Dataset.BUDGET);
                    audit.finish(failure, "failed");
                } catch (SQLException | RuntimeException ignored) {
                    // the next writer removes the leftovers
                }
            }
        }
    }

    /** Lines with errors refused the import: carries the result to print before exiting 65. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        Refused(Result result) {
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

    /** The audit row of a run whose data is already active: a failure to write it must not undo the run. */
    private static void finishQuietly(RunAudit audit, int code, String outcome) {
        try {
            audit.finish(code, outcome);
        } catch (RuntimeException ignored) {
            // the revision is active; the audit row keeps its start
        }
    }
}
