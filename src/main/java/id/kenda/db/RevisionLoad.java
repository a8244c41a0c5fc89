package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one write path of every import: it makes one new revision per kind (an SSH file may hold
 * several kinds; a budget or realisation import makes one). Rows are loaded with auto-commit off
 * under ids no revision has yet ({@link #idFor}); {@link #refuse} drops them, {@link #register}
 * and {@link #activate} register them and make them active in one short transaction, and closing
 * without either undoes the load (a killed run leaves the same leftovers, which the next writer
 * removes). Past activation nothing is undone. The audit row records how the run ended, with its
 * real exit code.
 *
 * <p>A dry run ({@link #dryRun}) is the same load in one transaction rolled back at the end: every
 * check, constraint and count of the real run, nothing kept, no audit row. It is the only dry run
 * imports have.
 */
public final class RevisionLoad implements AutoCloseable {
    /** The key of the one revision of an import that makes one. */
    private static final String SINGLE = "";

    private final Database db;
    private final Revisions revisions;
    private final Revisions.Dataset dataset;
    private final int firstId;
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final RunAudit audit;
    private final boolean dry;
    private boolean finished;
    private int failure = ExitCode.SOFTWARE;

    private RevisionLoad(Database db, Revisions revisions, Revisions.Dataset dataset, int firstId, RunAudit audit, boolean dry) {
        this.db = db;
        this.revisions = revisions;
        this.dataset = dataset;
        this.firstId = firstId;
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

    /** How many rows the import read from its files, for the audit trail ({@code kenda runs}). */
    public void read(long rows) {
        if (audit != null) {
            audit.read(rows);
        }
    }

    /** The id the rows of an import that makes one revision are loaded under. */
    public int id() {
        return idFor(SINGLE);
    }

    /** The id the rows of one kind are loaded under: a new one the first time a kind is seen. */
    public int idFor(String kind) {
        return ids.computeIfAbsent(kind, k -> firstId + ids.size());
    }

    /** Whether any rows were given an id. */
    public boolean isEmpty() {
        return ids.isEmpty();
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
        discardAll();
        c.commit();
        c.setAutoCommit(true);
        finished = true;
        try {
            audit.finish(exitCode, outcome);
        } catch (RuntimeException ignored) {
            // nothing was stored; the audit row keeps its start
        }
    }

    /**
     * Registers the rows of {@code kind} as a revision in the loading state (inside the load's
     * transaction: a run that stops before {@link #activate} registers nothing).
     */
    public void register(String kind, int year, String label, String sources, String sha256) {
        if (!dry) {
            revisions.registerLoading(idFor(kind), dataset, year, kind, label, sources, sha256,
                    "pid " + ProcessHandle.current().pid() + " on " + LockHolder.hostName());
        }
    }

    /** The one revision of an import that makes one: registered and made the active one of its year and kind. */
    public void activate(int year, String kind, String sources, String sha256, int rows, String outcome) throws SQLException {
        if (!dry) {
            revisions.registerLoading(id(), dataset, year, kind, null, sources, sha256,
                    "pid " + ProcessHandle.current().pid() + " on " + LockHolder.hostName());
        }
        activate(Map.of(SINGLE, rows), outcome);
    }

    /**
     * Commits the load and makes the revisions of the kinds in {@code rows} (kind to row count)
     * active, each of its year and kind; the registered kinds left out (unchanged against the
     * active revision) are dropped. A dry run rolls everything back instead.
     */
    public void activate(Map<String, Integer> rows, String outcome) throws SQLException {
        if (dry) {
            rollback();
            return;
        }
        Connection c = db.connection();
        c.commit();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            if (rows.containsKey(e.getKey())) {
                counts.put(e.getValue(), rows.get(e.getKey()));
            } else {
                revisions.discard(e.getValue(), dataset);
            }
        }
        c.commit();
        c.setAutoCommit(true);
        if (!counts.isEmpty()) {
            revisions.activate(counts);
            audit.stored(counts.values().stream().mapToLong(Integer::longValue).sum(), counts.keySet().iterator().next());
        } else {
            audit.stored(0, null);
        }
        // from here on the new revisions are the active ones: a later failure must not discard them
        finished = true;
        try {
            audit.finish(ExitCode.OK, outcome);
        } catch (RuntimeException ignored) {
            // the revisions are active; the audit row keeps its start
        }
    }

    private void discardAll() {
        for (int id : ids.values()) {
            revisions.discard(id, dataset);
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
            discardAll();
            audit.finish(failure, "failed");
        } catch (SQLException | RuntimeException ignored) {
            // the next writer removes the leftovers
        }
    }
}
