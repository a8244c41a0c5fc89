package id.kenda.db;

import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static id.kenda.db.schema.Tables.RUN_AUDIT;

/**
 * The audit trail of runs that change data: who, when, what command, which input (by hash),
 * and how it ended. A run that was killed keeps its start row with no end: visible, not hidden.
 */
public final class RunAudit {
    private final DSLContext dsl;
    private final String tenantId;
    private final String runId = UUID.randomUUID().toString();

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
                .set(RUN_AUDIT.INPUT_SHA256, inputSha256)
                .execute();
        return a;
    }

    public void finish(int exitCode, String outcome) {
        dsl.update(RUN_AUDIT)
                .set(RUN_AUDIT.FINISHED_AT, now())
                .set(RUN_AUDIT.EXIT_CODE, exitCode)
                .set(RUN_AUDIT.OUTCOME, BulkLoader.fit(RUN_AUDIT.OUTCOME, outcome))
                .where(RUN_AUDIT.TENANT_ID.eq(tenantId), RUN_AUDIT.RUN_ID.eq(runId))
                .execute();
    }

    public String runId() {
        return runId;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
