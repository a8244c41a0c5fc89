package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The write path of an import that makes one new revision: rows are loaded with auto-commit off
 * under an id no revision has yet; {@link #refuse} drops them, {@link #activate} registers them and
 * makes them active in one short transaction, and closing without either undoes the load (a killed
 * run leaves the same leftovers, which the next writer removes). Past activation nothing is undone.
 * The audit row records how the run ended, with its real exit code.
 */
public final class RevisionLoad implements AutoCloseable {
    private final Database db;
    private final Revisions revisions;
    private final Revisions.Dataset dataset;
    private final int id;
    private final RunAudit audit;
    private final boolean dry;
    private boolean finished;
    private int failure = ExitCode.SOFTWARE;

    private RevisionLoad(Database db, Revisions revisions, Revisions.Dataset dataset, int id, RunAudit audit, boolean dry) {
        this.db = db;
        this.revisions = revisions;
        this.dataset = dataset;
        this.id = id;
        this.audit = audit;
        this.dry = dry;
    }

    /**
     * A dry run: the same checks and the same load, in one transaction that is rolled back at the end,
     * under an id no row uses; no audit row, no leftovers removed. Nothing changes.
     */
    public static RevisionLoad dryRun(Database db, String tenant, Revisions.Dataset dataset) throws SQLException {
        Revisions revisions = new Revisions(db.dsl(), tenant);
        int id = revisions.unusedId();
        db.connection().setAutoCommit(false);
        return new RevisionLoad(db, revisions, dataset, id, null, true);
    }

    public boolean dry() {
        return dry;
    }

    /** Starts a load; call with the writer lock held, after {@link Revisions#cleanLeftovers()}. */
    public static RevisionLoad begin(Database db, String tenant, Revisions.Dataset dataset, String command, String sha256) throws SQLException {
        Revisions revisions = new Revisions(db.dsl(), tenant);
        int id = revisions.nextId();
        RunAudit audit = RunAudit.start(db, tenant, command, sha256);
        db.connection().setAutoCommit(false);
        return new RevisionLoad(db, revisions, dataset, id, audit, false);
    }

    /** The id the rows are loaded under. */
    public int id() {
        return id;
    }

    /**
     * The exception a failing import throws, translated to the project's error with its exit code
     * (driver and jOOQ errors included), remembered for the audit row.
     */
    public RuntimeException failure(Exception e) {
        RuntimeException out;
        if (e instanceof KendaException k) {
            out = k;
        } else if (e instanceof SQLException sql) {
            out = SqlErrors.translate(sql, db.target().display());
        } else if (e instanceof org.jooq.exception.DataAccessException d && d.getCause() instanceof SQLException sql) {
            out = SqlErrors.translate(sql, db.target().display());
        } else if (e instanceof RuntimeException r) {
            return r;
        } else {
            out = new KendaException(ExitCode.SOFTWARE, "import failed: " + e, null, e);
        }
        if (out instanceof KendaException k) {
            failure = k.exitCode();
        }
        return out;
    }

    /** Stops with nothing stored: the loaded rows go, the audit row says why. */
    public void refuse(int exitCode, String outcome) throws SQLException {
        Connection c = db.connection();
        if (dry) {
            rollback();
            return;
        }
        c.rollback();
        revisions.discard(id, dataset);
        c.commit();
        c.setAutoCommit(true);
        finished = true;
        try {
            audit.finish(exitCode, outcome);
        } catch (RuntimeException ignored) {
            // nothing was stored; the audit row keeps its start
        }
    }

    /** Registers the loaded rows as a revision and makes it the active one of its year and kind. */
    public void activate(int year, String kind, String sources, String sha256, int rows, String outcome) throws SQLException {
        if (dry) {
            rollback();
            return;
        }
        Connection c = db.connection();
        revisions.registerLoading(id, dataset, year, kind, null, sources, sha256,
                "pid " + ProcessHandle.current().pid() + " on " + LockHolder.hostName());
        c.commit();
        c.setAutoCommit(true);
        revisions.activate(Map.of(id, rows));
        finished = true;
        try {
            audit.finish(ExitCode.OK, outcome);
        } catch (RuntimeException ignored) {
            // the revision is active; the audit row keeps its start
        }
    }

    private void rollback() throws SQLException {
        db.connection().rollback();
        db.connection().setAutoCommit(true);
        finished = true;
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        if (dry) {
            try {
                rollback();
            } catch (SQLException ignored) {
                // the connection is closed next; nothing was committed
            }
            return;
        }
        try {
            Connection c = db.connection();
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            c.setAutoCommit(true);
            revisions.discard(id, dataset);
            audit.finish(failure, "failed");
        } catch (SQLException | RuntimeException ignored) {
            // the next writer removes the leftovers
        }
    }
}
