package id.kenda.db;

import org.jooq.DSLContext;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static id.kenda.db.schema.Tables.RUN_AUDIT;

/**
 * The audit trail of runs that change data: who, when, what command (secrets masked before it
 * gets here), which input (by hash), what it read and stored, and how it ended. A run that was
 * killed keeps its start row with no end: {@code kenda runs} shows it as interrupted, not hidden.
 * Read back by {@link RunLog}.
 */
public final class RunAudit {
    private final DSLContext dsl;
    private final String tenantId;
    private final String runId = UUID.randomUUID().toString();
    private Long rowsRead;
    private Long rowsStored;
    private Integer revision;

    private RunAudit(DSLContext dsl, String tenantId) {
        this.dsl = dsl;
        this.tenantId = tenantId == null ? "" : tenantId;
    }

    public static RunAudit start(Database db, String tenantId, String command, String inputSha256) {
        RunAudit a = new RunAudit(db.dsl(), tenantId);
        a.dsl.insertInto(RUN_AUDIT)
                .set(RUN_AUDIT.TENANT_ID, a.tenantId)
                .set(RUN_AUDIT.RUN_ID, a.runId)
                .set(RUN_AUDIT.STARTED_AT, now())
                .set(RUN_AUDIT.OS_USER, BulkLoader.fit(RUN_AUDIT.OS_USER, System.getProperty("user.name", "unknown")))
                .set(RUN_AUDIT.HOST, BulkLoader.fit(RUN_AUDIT.HOST, LockHolder.hostName()))
                .set(RUN_AUDIT.COMMAND, BulkLoader.fit(RUN_AUDIT.COMMAND, command))
                .set(RUN_AUDIT.COMMAND_NAME, BulkLoader.fit(RUN_AUDIT.COMMAND_NAME, commandName(command)))
                .set(RUN_AUDIT.INPUT_SHA256, inputSha256)
                .set(RUN_AUDIT.OS_PID, ProcessHandle.current().pid())
                .set(RUN_AUDIT.SERVER_PID, db.isPostgres() ? backendPid(db) : null)
                .execute();
        return a;
    }

    /** Rows read from the input, recorded when the run finishes. */
    public void read(long rows) {
        rowsRead = rows;
    }

    /** Rows stored and the (first) revision made, recorded when the run finishes. */
    public void stored(long rows, Integer revisionId) {
        rowsStored = rows;
        revision = revisionId;
    }

    public void finish(int exitCode, String outcome) {
        dsl.update(RUN_AUDIT)
                .set(RUN_AUDIT.FINISHED_AT, now())
                .set(RUN_AUDIT.EXIT_CODE, exitCode)
                .set(RUN_AUDIT.OUTCOME, BulkLoader.fit(RUN_AUDIT.OUTCOME, outcome))
                .set(RUN_AUDIT.ROWS_READ, rowsRead)
                .set(RUN_AUDIT.ROWS_STORED, rowsStored)
                .set(RUN_AUDIT.REVISION_ID, revision)
                .where(RUN_AUDIT.TENANT_ID.eq(tenantId), RUN_AUDIT.RUN_ID.eq(runId))
                .execute();
    }

    public String runId() {
        return runId;
    }

    /**
     * The command's name without options and arguments: "kenda -t 35.15 ssh import a.csv" is
     * "ssh import" (the nouns and verbs are lower-case words; a path, code or number ends it).
     */
    static String commandName(String command) {
        String[] words = command.trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        int named = 0;
        for (int i = words[0].equals("kenda") ? 1 : 0; i < words.length && named < 2; i++) {
            String w = words[i];
            if (w.startsWith("-")) {
                if (named > 0) {
                    break;
                }
                if (!w.contains("=") && TAKES_VALUE.contains(w)) {
                    i++;
                }
                continue;
            }
            if (!w.matches("[a-z][a-z-]*")) {
                break;
            }
            out.append(named++ == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** The root's options that take a value, skipped before the command's name. */
    private static final java.util.Set<String> TAKES_VALUE = java.util.Set.of("--home", "--db", "-t", "--tenant", "-o", "--output", "--wait");

    private static Integer backendPid(Database db) {
        try (Statement st = db.connection().createStatement(); var rs = st.executeQuery("select pg_backend_pid()")) {
            return rs.next() ? rs.getInt(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
