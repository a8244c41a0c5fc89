package id.kenda.db;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static id.kenda.db.schema.Tables.RUN_AUDIT;

/**
 * The audit trail read back ({@code kenda runs}): past runs newest first, one run by id, and
 * pruning by age. A run with no end is {@code running} while its process or database session
 * still lives, else {@code interrupted} (killed, power lost): on embedded H2 no other run can be
 * open while this one reads, so every run with no end is interrupted.
 */
public final class RunLog {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";

    /** One run as listed. {@code durationSeconds} is null while running or when interrupted. */
    public record Run(String id, String tenant, OffsetDateTime startedAt, OffsetDateTime finishedAt, Double durationSeconds,
                      String user, String host, String command, String commandName, Integer exitCode, String status,
                      Long rowsRead, Long rowsStored, Integer revision, String inputSha256, String outcome) {
    }

    /** What to list: every field optional. */
    public record Filter(String tenant, OffsetDateTime since, String command, boolean failedOnly, int limit) {
    }

    private final Database db;
    private final DSLContext dsl;

    public RunLog(Database db) {
        this.db = db;
        this.dsl = db.dsl();
    }

    public List<Run> list(Filter f) throws SQLException {
        Condition where = DSL.noCondition();
        if (f.tenant() != null) {
            where = where.and(RUN_AUDIT.TENANT_ID.eq(f.tenant()));
        }
        if (f.since() != null) {
            where = where.and(RUN_AUDIT.STARTED_AT.ge(f.since()));
        }
        if (f.command() != null) {
            where = where.and(RUN_AUDIT.COMMAND_NAME.eq(f.command()).or(RUN_AUDIT.COMMAND_NAME.startsWith(f.command() + " ")));
        }
        if (f.failedOnly()) {
            where = where.and(RUN_AUDIT.EXIT_CODE.isNull().or(RUN_AUDIT.EXIT_CODE.ne(0)));
        }
        var q = dsl.selectFrom(RUN_AUDIT).where(where).orderBy(RUN_AUDIT.STARTED_AT.desc(), RUN_AUDIT.RUN_ID);
        var records = f.limit() > 0 ? q.limit(f.limit()).fetch() : q.fetch();
        java.util.Map<Integer, OffsetDateTime> live = liveSessions();
        List<Run> out = new ArrayList<>();
        for (var r : records) {
            out.add(run(r, live));
        }
        return out;
    }

    /** One run by its id or an unambiguous prefix of it (8 characters are shown); empty when none matches. */
    public Optional<Run> find(String idOrPrefix) throws SQLException {
        var found = dsl.selectFrom(RUN_AUDIT).where(RUN_AUDIT.RUN_ID.startsWith(idOrPrefix)).limit(2).fetch();
        if (found.size() > 1) {
            throw new id.kenda.core.KendaException(id.kenda.core.ExitCode.USAGE, "run id '" + idOrPrefix + "' matches more than one run",
                    "give more of the id (kenda runs -o json shows it whole)");
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(run(found.get(0), liveSessions()));
    }

    /**
     * How many runs started before {@code cutoff} and not still going; deletes them unless
     * {@code dryRun}. One statement: a run with no end is kept while a session with its server pid
     * is open (a pid the server reused keeps an interrupted row until the next prune).
     */
    public int prune(OffsetDateTime cutoff, boolean dryRun) throws SQLException {
        Condition old = RUN_AUDIT.STARTED_AT.lt(cutoff);
        java.util.Set<Integer> live = liveSessions().keySet();
        if (!live.isEmpty()) {
            old = old.and(RUN_AUDIT.FINISHED_AT.isNotNull().or(RUN_AUDIT.SERVER_PID.isNull()).or(RUN_AUDIT.SERVER_PID.notIn(live)));
        }
        return dryRun ? dsl.fetchCount(RUN_AUDIT, old) : dsl.deleteFrom(RUN_AUDIT).where(old).execute();
    }

    private Run run(id.kenda.db.schema.tables.records.RunAuditRecord r, java.util.Map<Integer, OffsetDateTime> live) {
        String status;
        Double seconds = null;
        if (r.getFinishedAt() != null) {
            status = r.getExitCode() != null && r.getExitCode() == 0 ? OK : FAILED;
            seconds = Duration.between(r.getStartedAt(), r.getFinishedAt()).toMillis() / 1000.0;
        } else {
            status = isAlive(r, live) ? RUNNING : INTERRUPTED;
        }
        return new Run(r.getRunId(), r.getTenantId(), r.getStartedAt(), r.getFinishedAt(), seconds, r.getOsUser(), r.getHost(),
                r.getCommand(), r.getCommandName(), r.getExitCode(), status, r.getRowsRead(), r.getRowsStored(), r.getRevisionId(),
                r.getInputSha256(), r.getOutcome());
    }

    /** A run with no end is alive while its database session is (PostgreSQL); on H2 no other run can be open. */
    private boolean isAlive(id.kenda.db.schema.tables.records.RunAuditRecord r, java.util.Map<Integer, OffsetDateTime> live) {
        OffsetDateTime sessionStart = r.getServerPid() == null ? null : live.get(r.getServerPid());
        // a pid the server gave to a newer session after the run's died does not count
        return sessionStart != null && !sessionStart.isAfter(r.getStartedAt());
    }

    /** The server pids of the sessions open now, with when each began (PostgreSQL only). */
    private java.util.Map<Integer, OffsetDateTime> liveSessions() throws SQLException {
        java.util.Map<Integer, OffsetDateTime> pids = new java.util.HashMap<>();
        if (!db.isPostgres()) {
            return pids;
        }
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("select pid, backend_start from pg_stat_activity where pid <> pg_backend_pid()");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                pids.put(rs.getInt(1), rs.getObject(2, OffsetDateTime.class));
            }
        }
        return pids;
    }
}
