package id.kenda.db;

import id.kenda.db.schema.tables.records.RevisionRecord;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.kenda.db.schema.Tables.BUDGET_LINE;
import static id.kenda.db.schema.Tables.RAK_ROW;
import static id.kenda.db.schema.Tables.REALIZATION_ROW;
import static id.kenda.db.schema.Tables.REALIZATION_SERIES;
import static id.kenda.db.schema.Tables.REVISION;
import static id.kenda.db.schema.Tables.SSH_ITEM;

/**
 * The lifecycle every import shares: a revision is created 'loading', filled, then activated in
 * one short transaction (the previous active revision of the same tenant, dataset, year and kind
 * becomes 'archived'), or discarded. Only one writer runs at a time (the writer lock), so any
 * 'loading' revision found by a writer is a leftover of a killed run and is removed.
 */
public final class Revisions {
    public static final String LOADING = "loading";
    public static final String ACTIVE = "active";
    public static final String ARCHIVED = "archived";

    /** The datasets that are imported as revisions, and the tables holding each one's rows. */
    public enum Dataset {
        SSH("ssh"), BUDGET("budget"), REALIZATION("realization"), RAK("rak");

        public final String id;

        Dataset(String id) {
            this.id = id;
        }

        /** Every table an import of the dataset writes rows to under the revision's id: what a discarded revision is removed from. */
        List<RowTable> tables() {
            return switch (this) {
                case SSH -> List.of(new RowTable(SSH_ITEM, SSH_ITEM.TENANT_ID, SSH_ITEM.REVISION_ID));
                case BUDGET -> List.of(new RowTable(BUDGET_LINE, BUDGET_LINE.TENANT_ID, BUDGET_LINE.REVISION_ID));
                case REALIZATION -> List.of(new RowTable(REALIZATION_ROW, REALIZATION_ROW.TENANT_ID, REALIZATION_ROW.REVISION_ID),
                        new RowTable(REALIZATION_SERIES, REALIZATION_SERIES.TENANT_ID, REALIZATION_SERIES.REVISION_ID));
                case RAK -> List.of(new RowTable(RAK_ROW, RAK_ROW.TENANT_ID, RAK_ROW.REVISION_ID));
            };
        }
    }

    /** A table of revision rows, with its generated tenant and revision columns. */
    record RowTable(Table<?> table, TableField<?, String> tenantId, TableField<?, Integer> revisionId) {
    }

    /** A revision as listed. */
    public record Info(int id, String dataset, int fiscalYear, String kind, String label, String status, String sourceFiles,
                       String sourceSha256, int rows, String createdAt, String activatedAt) {
    }

    private final DSLContext dsl;
    private final String tenant;

    public Revisions(DSLContext dsl, String tenant) {
        this.dsl = dsl;
        this.tenant = tenant;
    }

    /**
     * Removes what killed imports left behind: 'loading' revisions, and rows loaded under an id
     * that was never registered (rows are written before their revision row). Call with the
     * writer lock held. Returns how many leftovers were removed.
     */
    public int cleanLeftovers() {
        List<RevisionRecord> left = dsl.selectFrom(REVISION).where(REVISION.TENANT_ID.eq(tenant), REVISION.STATUS.eq(LOADING)).fetch();
        for (RevisionRecord r : left) {
            discard(r.getRevisionId(), Dataset.valueOf(r.getDataset().toUpperCase(java.util.Locale.ROOT)));
        }
        int registered = maxRegistered();
        int orphans = 0;
        for (Dataset d : Dataset.values()) {
            for (RowTable t : d.tables()) {
                orphans += dsl.deleteFrom(t.table()).where(t.tenantId().eq(tenant), t.revisionId().gt(registered)).execute();
            }
        }
        return left.size() + (orphans > 0 ? 1 : 0);
    }

    private int maxRegistered() {
        Integer max = dsl.select(org.jooq.impl.DSL.max(REVISION.REVISION_ID)).from(REVISION).where(REVISION.TENANT_ID.eq(tenant)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    /** The id the next revision will get (after {@link #cleanLeftovers()}, under the writer lock). */
    public int nextId() {
        return maxRegistered() + 1;
    }

    /** An id no row uses, without cleaning leftovers first: for dry runs, which change nothing. */
    public int unusedId() {
        int max = maxRegistered();
        for (Dataset d : Dataset.values()) {
            for (RowTable t : d.tables()) {
                Integer m = dsl.select(org.jooq.impl.DSL.max(t.revisionId())).from(t.table())
                        .where(t.tenantId().eq(tenant)).fetchOne(0, Integer.class);
                if (m != null && m > max) {
                    max = m;
                }
            }
        }
        return max + 1;
    }

    /** Registers a revision whose rows were loaded under {@code id}, as 'loading'. */
    public void registerLoading(int id, Dataset dataset, int year, String kind, String label, String sourceFiles, String sha256, String loadedBy) {
        dsl.insertInto(REVISION)
                .set(REVISION.TENANT_ID, tenant)
                .set(REVISION.REVISION_ID, id)
                .set(REVISION.DATASET, dataset.id)
                .set(REVISION.FISCAL_YEAR, year)
                .set(REVISION.KIND, kind)
                .set(REVISION.LABEL, label)
                .set(REVISION.STATUS, LOADING)
                .set(REVISION.SOURCE_FILES, BulkLoader.fit(REVISION.SOURCE_FILES, sourceFiles))
                .set(REVISION.SOURCE_SHA256, sha256)
                .set(REVISION.ROW_COUNT, 0)
                .set(REVISION.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(REVISION.LOADED_BY, BulkLoader.fit(REVISION.LOADED_BY, loadedBy))
                .execute();
    }

    /** Deletes a revision and its rows. */
    public void discard(int revisionId, Dataset dataset) {
        for (RowTable t : dataset.tables()) {
            dsl.deleteFrom(t.table()).where(t.tenantId().eq(tenant), t.revisionId().eq(revisionId)).execute();
        }
        dsl.deleteFrom(REVISION).where(REVISION.TENANT_ID.eq(tenant), REVISION.REVISION_ID.eq(revisionId)).execute();
    }

    /**
     * Makes the loading revisions active in one transaction, archiving the revisions they replace.
     * {@code rowCounts} gives each new revision's row count.
     */
    public void activate(Map<Integer, Integer> rowCounts) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (Map.Entry<Integer, Integer> e : rowCounts.entrySet()) {
                RevisionRecord r = tx.selectFrom(REVISION).where(REVISION.TENANT_ID.eq(tenant), REVISION.REVISION_ID.eq(e.getKey())).fetchOne();
                if (r == null || !LOADING.equals(r.getStatus())) {
                    throw new IllegalStateException("revision " + e.getKey() + " is not loading");
                }
                tx.update(REVISION).set(REVISION.STATUS, ARCHIVED)
                        .where(REVISION.TENANT_ID.eq(tenant), REVISION.DATASET.eq(r.getDataset()), REVISION.FISCAL_YEAR.eq(r.getFiscalYear()),
                                REVISION.KIND.eq(r.getKind()), REVISION.STATUS.eq(ACTIVE))
                        .execute();
                tx.update(REVISION).set(REVISION.STATUS, ACTIVE).set(REVISION.ROW_COUNT, e.getValue())
                        .set(REVISION.ACTIVATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                        .where(REVISION.TENANT_ID.eq(tenant), REVISION.REVISION_ID.eq(e.getKey()))
                        .execute();
            }
        });
    }

    public Optional<Info> active(Dataset dataset, int year, String kind) {
        return dsl.selectFrom(REVISION)
                .where(REVISION.TENANT_ID.eq(tenant), REVISION.DATASET.eq(dataset.id), REVISION.FISCAL_YEAR.eq(year),
                        REVISION.KIND.eq(kind), REVISION.STATUS.eq(ACTIVE))
                .fetchOptional(Revisions::info);
    }

    public Optional<Info> find(int id) {
        return dsl.selectFrom(REVISION).where(REVISION.TENANT_ID.eq(tenant), REVISION.REVISION_ID.eq(id)).fetchOptional(Revisions::info);
    }

    /** Revisions of a dataset, newest first; year and kind filter when not null. Loading leftovers are not listed. */
    public List<Info> list(Dataset dataset, Integer year, String kind) {
        var where = REVISION.TENANT_ID.eq(tenant).and(REVISION.DATASET.eq(dataset.id)).and(REVISION.STATUS.ne(LOADING));
        if (year != null) {
            where = where.and(REVISION.FISCAL_YEAR.eq(year));
        }
        if (kind != null) {
            where = where.and(REVISION.KIND.eq(kind));
        }
        return dsl.selectFrom(REVISION).where(where).orderBy(REVISION.REVISION_ID.desc()).fetch(Revisions::info);
    }

    private static Info info(RevisionRecord r) {
        return new Info(r.getRevisionId(), r.getDataset(), r.getFiscalYear(), r.getKind(), r.getLabel(), r.getStatus(),
                r.getSourceFiles(), r.getSourceSha256(), r.getRowCount(), r.getCreatedAt().toInstant().toString(),
                r.getActivatedAt() == null ? null : r.getActivatedAt().toInstant().toString());
    }
}
