package id.kenda.budget.stage;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Revisions;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static id.kenda.db.schema.Tables.BUDGET_LINE;

/** The stages of a year's budget as stored: one active revision per stage. */
public final class StoredStages {
    /** One stored stage: its active revision, line count, total and source. */
    public record Entry(String stage, int revision, int lines, BigDecimal total, String source, String importedAt) {
    }

    private final DSLContext dsl;
    private final String tenant;
    private final Revisions revisions;

    public StoredStages(DSLContext dsl, String tenant) {
        this.dsl = dsl;
        this.tenant = tenant;
        this.revisions = new Revisions(dsl, tenant);
    }

    /** The year's active stage revisions, in stage order (murni first). */
    public List<Revisions.Info> active(int year) {
        List<Revisions.Info> out = new ArrayList<>();
        for (Revisions.Info r : revisions.list(Revisions.Dataset.BUDGET, year, null)) {
            if (r.status().equals(Revisions.ACTIVE)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(r -> Stage.stored(r.kind())));
        return out;
    }

    /** The latest stored stage of the year (perubahan, else the highest pergeseran, else murni): the pagu basis. */
    public Optional<Revisions.Info> latest(int year) {
        List<Revisions.Info> all = active(year);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The active revision of one stage. */
    public Optional<Revisions.Info> of(int year, Stage stage) {
        return revisions.active(Revisions.Dataset.BUDGET, year, stage.name());
    }

    /** The year's stages with their line counts and totals, for {@code budget stages}. */
    public List<Entry> entries(int year) {
        List<Entry> out = new ArrayList<>();
        for (Revisions.Info r : active(year)) {
            BigDecimal total = dsl.select(DSL.sum(BUDGET_LINE.TOTAL)).from(BUDGET_LINE)
                    .where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(r.id())).fetchOne(0, BigDecimal.class);
            out.add(new Entry(r.kind(), r.id(), r.rows(), total == null ? BigDecimal.ZERO : total, r.sourceFiles(), r.activatedAt()));
        }
        return out;
    }

    /**
     * Refuses (65) a stage imported after a later one of the same year (a pergeseran after the
     * perubahan, the murni after a pergeseran), naming both, unless forced. A new revision of the
     * latest stage is in order.
     */
    public void checkOrder(int year, Stage stage, boolean force) {
        Optional<Revisions.Info> latest = latest(year);
        if (force || latest.isEmpty()) {
            return;
        }
        Stage last = Stage.stored(latest.get().kind());
        if (stage.compareTo(last) < 0) {
            throw new KendaException(ExitCode.DATA, "the " + stage + " budget of " + year + " comes before the stored " + last
                    + " (revision " + latest.get().id() + "): stages are imported in order (murni, pergeseran-1..9, perubahan)",
                    "import the " + last + " again if it changed, or pass --force-order to store the " + stage + " anyway (the " + last
                            + " stays the pagu basis)");
        }
    }
}
