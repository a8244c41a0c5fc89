package id.kenda.pricelist;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.domain.Money;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static id.kenda.db.schema.Tables.SSH_ITEM;

/** The difference between two revisions of a price list, matched by item key, computed in the database. */
public final class Diff {
    /** One item that was added, removed or changed. */
    public record Entry(String change, String code, String name, String spec, String unit, BigDecimal oldPrice, BigDecimal newPrice,
                        BigDecimal changePct) {
    }

    /** Counts. */
    public record Counts(int added, int changed, int removed) {
    }

    private Diff() {
    }

    public static Counts counts(DSLContext dsl, String tenant, int from, int to) {
        var o = SSH_ITEM.as("o");
        var n = SSH_ITEM.as("n");
        int added = dsl.fetchCount(DSL.selectOne().from(n).where(n.TENANT_ID.eq(tenant), n.REVISION_ID.eq(to),
                DSL.notExists(DSL.selectOne().from(o).where(o.TENANT_ID.eq(tenant), o.REVISION_ID.eq(from), o.ITEM_KEY.eq(n.ITEM_KEY)))));
        int removed = dsl.fetchCount(DSL.selectOne().from(o).where(o.TENANT_ID.eq(tenant), o.REVISION_ID.eq(from),
                DSL.notExists(DSL.selectOne().from(n).where(n.TENANT_ID.eq(tenant), n.REVISION_ID.eq(to), n.ITEM_KEY.eq(o.ITEM_KEY)))));
        int changed = dsl.fetchCount(DSL.selectOne().from(n).join(o).on(o.TENANT_ID.eq(n.TENANT_ID), o.ITEM_KEY.eq(n.ITEM_KEY), o.REVISION_ID.eq(from))
                .where(n.TENANT_ID.eq(tenant), n.REVISION_ID.eq(to), differs(o, n)));
        return new Counts(added, changed, removed);
    }

    private static org.jooq.Condition differs(id.kenda.db.schema.tables.SshItem o, id.kenda.db.schema.tables.SshItem n) {
        return o.PRICE.ne(n.PRICE).or(o.NAME.ne(n.NAME)).or(o.SPEC.ne(n.SPEC)).or(o.UNIT.ne(n.UNIT))
                .or(o.ACCOUNTS_NORM.isDistinctFrom(n.ACCOUNTS_NORM));
    }

    /** The percent change of every changed item (numbers only, so the statistics cover them all). */
    public static List<BigDecimal> changePercents(DSLContext dsl, String tenant, int from, int to) {
        var o = SSH_ITEM.as("o");
        var n = SSH_ITEM.as("n");
        List<BigDecimal> out = new ArrayList<>();
        try (var c = dsl.select(o.PRICE, n.PRICE).from(n).join(o)
                .on(o.TENANT_ID.eq(n.TENANT_ID), o.ITEM_KEY.eq(n.ITEM_KEY), o.REVISION_ID.eq(from))
                .where(n.TENANT_ID.eq(tenant), n.REVISION_ID.eq(to), o.PRICE.ne(n.PRICE)).fetchSize(5000).fetchLazy()) {
            for (var r : c) {
                out.add(pct(r.value1(), r.value2()));
            }
        }
        return out;
    }

    /** Every added, removed and changed item, ordered by code then name; at most {@code limit}. */
    public static List<Entry> entries(DSLContext dsl, String tenant, int from, int to, int limit) {
        var o = SSH_ITEM.as("o");
        var n = SSH_ITEM.as("n");
        List<Entry> out = new ArrayList<>();
        for (Record r : dsl.select(n.ITEM_CODE, n.NAME, n.SPEC, n.UNIT, o.PRICE, n.PRICE).from(n).join(o)
                .on(o.TENANT_ID.eq(n.TENANT_ID), o.ITEM_KEY.eq(n.ITEM_KEY), o.REVISION_ID.eq(from))
                .where(n.TENANT_ID.eq(tenant), n.REVISION_ID.eq(to), differs(o, n))
                .orderBy(n.ITEM_CODE, n.NAME).limit(limit).fetch()) {
            BigDecimal op = Money.clean(r.get(o.PRICE));
            BigDecimal np = Money.clean(r.get(n.PRICE));
            out.add(new Entry("changed", r.get(n.ITEM_CODE), r.get(n.NAME), r.get(n.SPEC), r.get(n.UNIT), op, np, pct(op, np)));
        }
        for (Record r : dsl.select(n.ITEM_CODE, n.NAME, n.SPEC, n.UNIT, n.PRICE).from(n)
                .where(n.TENANT_ID.eq(tenant), n.REVISION_ID.eq(to),
                        DSL.notExists(DSL.selectOne().from(o).where(o.TENANT_ID.eq(tenant), o.REVISION_ID.eq(from), o.ITEM_KEY.eq(n.ITEM_KEY))))
                .orderBy(n.ITEM_CODE, n.NAME).limit(limit).fetch()) {
            out.add(new Entry("added", r.get(n.ITEM_CODE), r.get(n.NAME), r.get(n.SPEC), r.get(n.UNIT), null, Money.clean(r.get(n.PRICE)), null));
        }
        for (Record r : dsl.select(o.ITEM_CODE, o.NAME, o.SPEC, o.UNIT, o.PRICE).from(o)
                .where(o.TENANT_ID.eq(tenant), o.REVISION_ID.eq(from),
                        DSL.notExists(DSL.selectOne().from(n).where(n.TENANT_ID.eq(tenant), n.REVISION_ID.eq(to), n.ITEM_KEY.eq(o.ITEM_KEY))))
                .orderBy(o.ITEM_CODE, o.NAME).limit(limit).fetch()) {
            out.add(new Entry("removed", r.get(o.ITEM_CODE), r.get(o.NAME), r.get(o.SPEC), r.get(o.UNIT), Money.clean(r.get(o.PRICE)), null, null));
        }
        return out;
    }

    static BigDecimal pct(BigDecimal from, BigDecimal to) {
        if (from == null || to == null || from.signum() == 0) {
            return null;
        }
        return to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, 2, RoundingMode.HALF_UP);
    }

    /** How prices moved between two revisions: items up and down, mean and median change in percent (null when none changed). */
    @JsonPropertyOrder({"increased", "decreased", "meanChangePct", "medianChangePct"})
    public record Movement(long increased, long decreased, BigDecimal meanChangePct, BigDecimal medianChangePct) {
    }

    public static Movement movement(DSLContext dsl, String tenant, int from, int to) {
        List<BigDecimal> pcts = changePercents(dsl, tenant, from, to).stream().sorted().toList();
        return new Movement(pcts.stream().filter(p -> p.signum() > 0).count(), pcts.stream().filter(p -> p.signum() < 0).count(),
                pcts.isEmpty() ? null : pcts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(pcts.size()), 2, RoundingMode.HALF_UP),
                pcts.isEmpty() ? null : pcts.get(pcts.size() / 2));
    }
}
