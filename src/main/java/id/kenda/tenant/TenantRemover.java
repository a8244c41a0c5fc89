package id.kenda.tenant;

import id.kenda.core.AtomicFiles;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.RunAudit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.kenda.db.schema.Tables.BUDGET_LINE;
import static id.kenda.db.schema.Tables.PRICE_INDEX;
import static id.kenda.db.schema.Tables.RAK_ROW;
import static id.kenda.db.schema.Tables.REALIZATION_ROW;
import static id.kenda.db.schema.Tables.REALIZATION_SERIES;
import static id.kenda.db.schema.Tables.REVISION;
import static id.kenda.db.schema.Tables.SKPD;
import static id.kenda.db.schema.Tables.SSH_ITEM;
import static id.kenda.db.schema.Tables.TENANT;

/**
 * Removes a tenant ({@code kenda tenant remove}): a plan of what goes, then every row of the
 * tenant deleted in one transaction, then its spec file moved to
 * {@code tenants/removed/CODE-<timestamp>.yaml}. The audit trail of its runs stays (with the
 * removal as its last run); other tenants' rows are never touched: every delete names the tenant.
 */
public final class TenantRemover {
    /** The tenant's tables, children first: the order rows are deleted in. The audit trail is kept. */
    public static final List<Table<?>> TABLES = List.of(PRICE_INDEX, SSH_ITEM, BUDGET_LINE, REALIZATION_ROW, REALIZATION_SERIES, RAK_ROW, REVISION, SKPD, TENANT);

    /** What a removal deletes: rows per table, and where the spec file goes. */
    public record Plan(String code, String name, Map<String, Long> rows, Path specFile, Path movedTo) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private TenantRemover() {
    }

    /** The plan; 78 when the tenant is not stored. */
    public static Plan plan(Database db, Path home, String code) {
        TenantRepository.Stored stored = Tenants.require(db, code);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table<?> t : TABLES) {
            rows.put(t.getName(), (long) db.dsl().fetchCount(t, tenantId(t).eq(code)));
        }
        Path spec = Provisioner.specFile(home, code);
        String stamp = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        Path moved = Files.exists(spec) ? home.resolve("tenants").resolve("removed").resolve(code + "-" + stamp + ".yaml") : null;
        return new Plan(code, stored.spec().name(), rows, spec, moved);
    }

    /**
     * Deletes the plan's rows in one transaction (a kill or failure part-way leaves the tenant
     * whole), then moves the spec file: copied aside before the delete, the original removed after.
     */
    public static void apply(Database db, Plan plan, String command) {
        RunAudit audit = RunAudit.start(db, plan.code(), command, null);
        try {
            if (plan.movedTo() != null) {
                Files.createDirectories(plan.movedTo().getParent());
                AtomicFiles.write(plan.movedTo(), false, temp -> Files.copy(plan.specFile(), temp, StandardCopyOption.REPLACE_EXISTING));
            }
            long[] deleted = {0};
            db.dsl().transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                for (Table<?> t : TABLES) {
                    deleted[0] += tx.deleteFrom(t).where(tenantId(t).eq(plan.code())).execute();
                }
            });
            if (plan.movedTo() != null) {
                Files.deleteIfExists(plan.specFile());
            }
            audit.finish(ExitCode.OK, "removed tenant " + plan.code() + ": " + deleted[0] + " rows deleted");
        } catch (IOException e) {
            audit.finish(ExitCode.CANT_CREATE, "failed: " + e.getMessage());
            throw new KendaException(ExitCode.CANT_CREATE, "cannot move the spec file " + plan.specFile() + ": " + e.getMessage(),
                    "check the permissions of " + plan.specFile().getParent());
        } catch (RuntimeException e) {
            audit.finish(ExitCode.SOFTWARE, "failed: " + e.getMessage());
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Field<String> tenantId(Table<?> t) {
        Field<?> f = t.field("tenant_id");
        if (f == null) {
            throw new IllegalStateException("table " + t.getName() + " has no tenant_id");
        }
        return (Field<String>) f;
    }
}
