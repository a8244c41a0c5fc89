package id.kenda.pricelist;

import id.kenda.db.Revisions;
import id.kenda.db.schema.tables.records.SshItemRecord;
import id.kenda.domain.Money;
import id.kenda.domain.Texts;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static id.kenda.db.schema.Tables.REVISION;
import static id.kenda.db.schema.Tables.SSH_ITEM;

/** Read-side queries over a tenant's price lists. Every query filters on the tenant. */
public final class PriceLists {
    private final DSLContext dsl;
    private final String tenant;

    public PriceLists(DSLContext dsl, String tenant) {
        this.dsl = dsl;
        this.tenant = tenant;
    }

    /** An item as {@code ssh show} prints it (the JSON shape the README documents, plus its revisions). */
    public record Shown(String code, String name, String spec, String unit, BigDecimal price, List<String> accounts, String kind,
                        int revision, int fiscalYear, Long sipdId, List<Appearance> revisions) {
    }

    /** A revision an item appears in, with its price there. */
    public record Appearance(int revision, String status, String label, BigDecimal price) {
    }

    /** A search hit or an exported item. */
    public record Item(String code, Long sipdId, String groupCode, String groupName, String name, String spec, String unit,
                       BigDecimal price, String accounts, String kind, int revision) {
    }

    /** A group of items sharing the community duplicate key (group, name, spec, unit, price). */
    public record DuplicateGroup(String groupCode, String name, String spec, String unit, BigDecimal price, List<String> codes) {
    }

    /** One row of a comparison with another region. */
    public record Compared(String code, String name, String spec, String unit, BigDecimal price, BigDecimal otherPrice, BigDecimal ratio,
                           String matchedBy) {
    }

    private Condition activeOf(int year) {
        return SSH_ITEM.REVISION_ID.in(DSL.select(REVISION.REVISION_ID).from(REVISION).where(REVISION.TENANT_ID.eq(tenant),
                REVISION.DATASET.eq(Revisions.Dataset.SSH.id), REVISION.FISCAL_YEAR.eq(year), REVISION.STATUS.eq(Revisions.ACTIVE)));
    }

    public java.util.Optional<Shown> show(String code, int year) {
        String c = code.replaceAll("\\s+", "");
        var rec = dsl.select(SSH_ITEM.fields()).select(REVISION.FISCAL_YEAR).from(SSH_ITEM)
                .join(REVISION).on(REVISION.TENANT_ID.eq(SSH_ITEM.TENANT_ID), REVISION.REVISION_ID.eq(SSH_ITEM.REVISION_ID))
                .where(SSH_ITEM.TENANT_ID.eq(tenant), SSH_ITEM.ITEM_CODE.eq(c), activeOf(year)).limit(1).fetchOne();
        if (rec == null) {
            return java.util.Optional.empty();
        }
        SshItemRecord i = rec.into(SSH_ITEM);
        List<Appearance> in = dsl.select(REVISION.REVISION_ID, REVISION.STATUS, REVISION.LABEL, SSH_ITEM.PRICE).from(SSH_ITEM)
                .join(REVISION).on(REVISION.TENANT_ID.eq(SSH_ITEM.TENANT_ID), REVISION.REVISION_ID.eq(SSH_ITEM.REVISION_ID))
                .where(SSH_ITEM.TENANT_ID.eq(tenant), SSH_ITEM.ITEM_CODE.eq(c), REVISION.FISCAL_YEAR.eq(year), REVISION.STATUS.ne(Revisions.LOADING))
                .orderBy(REVISION.REVISION_ID)
                .fetch(r -> new Appearance(r.value1(), r.value2(), r.value3(), Money.clean(r.value4())));
        List<String> accounts = i.getAccounts() == null ? List.of() : Arrays.asList(i.getAccounts().split(","));
        return java.util.Optional.of(new Shown(i.getItemCode(), i.getName(), i.getSpec(), i.getUnit(), Money.clean(i.getPrice()), accounts, i.getKind(),
                i.getRevisionId(), year, i.getSipdId(), in));
    }

    /**
     * Items whose code, name or spec contain every word, ignoring case and accents. The year's items
     * are streamed and folded here (no accent folding is portable across H2 and PostgreSQL).
     */
    public List<Item> search(String text, int year, int limit) {
        String[] words = Texts.fold(text).split(" ");
        List<Item> hits = new ArrayList<>();
        export(year, null, i -> {
            if (hits.size() >= limit) {
                return;
            }
            String hay = Texts.fold((i.code() == null ? "" : i.code()) + " " + i.name() + " " + i.spec());
            for (String w : words) {
                if (!hay.contains(w)) {
                    return;
                }
            }
            hits.add(i);
        });
        return hits;
    }

    /** Streams every active item of a year (and kind, when not null), ordered by kind and code. */
    public void export(int year, String kind, Consumer<Item> sink) {
        Condition where = SSH_ITEM.TENANT_ID.eq(tenant).and(activeOf(year));
        if (kind != null) {
            where = where.and(SSH_ITEM.KIND.eq(kind));
        }
        try (Cursor<SshItemRecord> c = dsl.selectFrom(SSH_ITEM).where(where).orderBy(SSH_ITEM.KIND, SSH_ITEM.ITEM_CODE, SSH_ITEM.NAME).fetchSize(2000).fetchLazy()) {
            for (SshItemRecord r : c) {
                sink.accept(item(r));
            }
        }
    }

    /** The kinds with active items in a year, in export order. */
    public List<String> kinds(int year, String kind) {
        Condition where = SSH_ITEM.TENANT_ID.eq(tenant).and(activeOf(year));
        if (kind != null) {
            where = where.and(SSH_ITEM.KIND.eq(kind));
        }
        return dsl.selectDistinct(SSH_ITEM.KIND).from(SSH_ITEM).where(where).orderBy(SSH_ITEM.KIND).fetch(SSH_ITEM.KIND);
    }

    /**
     * The active items of one kind in export order, read lazily each time the result is walked;
     * its iterators close their cursor when exhausted or closed ({@link id.kenda.report.Rows}).
     */
    public Iterable<Item> items(int year, String kind) {
        return () -> {
            Cursor<SshItemRecord> c = dsl.selectFrom(SSH_ITEM).where(SSH_ITEM.TENANT_ID.eq(tenant), activeOf(year), SSH_ITEM.KIND.eq(kind))
                    .orderBy(SSH_ITEM.ITEM_CODE, SSH_ITEM.NAME).fetchSize(2000).fetchLazy();
            java.util.Iterator<SshItemRecord> it = c.iterator();
            return new id.kenda.report.Rows.ClosingIterator<Item>() {
                @Override
                public boolean hasNext() {
                    boolean more = it.hasNext();
                    if (!more) {
                        c.close();
                    }
                    return more;
                }

                @Override
                public Item next() {
                    return item(it.next());
                }

                @Override
                public void close() {
                    c.close();
                }
            };
        };
    }

    public List<DuplicateGroup> duplicates(int year, int limit) {
        var n = DSL.lower(SSH_ITEM.NAME);
        var s = DSL.lower(SSH_ITEM.SPEC);
        var u = DSL.lower(DSL.replace(SSH_ITEM.UNIT, " ", ""));
        var g = DSL.coalesce(SSH_ITEM.GROUP_CODE, "");
        var count = DSL.count().over(DSL.partitionBy(g, n, s, u, SSH_ITEM.PRICE)).as("dup_count");
        var inner = DSL.select(SSH_ITEM.GROUP_CODE, SSH_ITEM.NAME, SSH_ITEM.SPEC, SSH_ITEM.UNIT, SSH_ITEM.PRICE, SSH_ITEM.ITEM_CODE,
                        SSH_ITEM.ITEM_KEY, count)
                .from(SSH_ITEM).where(SSH_ITEM.TENANT_ID.eq(tenant), activeOf(year)).asTable("d");
        Map<String, DuplicateGroup> groups = new LinkedHashMap<>();
        for (var r : dsl.selectFrom(inner).where(inner.field("dup_count", Integer.class).gt(1))
                .orderBy(inner.field(SSH_ITEM.NAME), inner.field(SSH_ITEM.PRICE), inner.field(SSH_ITEM.ITEM_CODE)).fetch()) {
            String name = r.get(inner.field(SSH_ITEM.NAME));
            String spec = r.get(inner.field(SSH_ITEM.SPEC));
            String unit = r.get(inner.field(SSH_ITEM.UNIT));
            BigDecimal price = Money.clean(r.get(inner.field(SSH_ITEM.PRICE)));
            String groupCode = r.get(inner.field(SSH_ITEM.GROUP_CODE));
            String key = (groupCode == null ? "" : groupCode) + "|" + Texts.fold(name) + "|" + Texts.fold(spec) + "|" + Texts.unitKey(unit) + "|" + price.toPlainString();
            String code = r.get(inner.field(SSH_ITEM.ITEM_CODE));
            groups.computeIfAbsent(key, k -> new DuplicateGroup(groupCode, name, spec, unit, price, new ArrayList<>()))
                    .codes().add(code != null ? code : "(no code)");
            if (groups.size() > limit) {
                groups.remove(key);
                break;
            }
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * This region's active items beside another region's: matched by item code, else by name, spec
     * and unit. The one explicit cross-tenant read.
     */
    public List<Compared> compare(String otherTenant, int year) {
        PriceLists other = new PriceLists(dsl, otherTenant);
        Map<String, BigDecimal> byCode = new HashMap<>();
        Map<String, BigDecimal> byName = new HashMap<>();
        other.export(year, null, i -> {
            if (i.code() != null) {
                byCode.put(i.code(), i.price());
            }
            byName.putIfAbsent(Texts.fold(i.name()) + "|" + Texts.fold(i.spec()) + "|" + Texts.unitKey(i.unit()), i.price());
        });
        List<Compared> out = new ArrayList<>();
        export(year, null, i -> {
            BigDecimal o = i.code() == null ? null : byCode.get(i.code());
            String by = "code";
            if (o == null) {
                o = byName.get(Texts.fold(i.name()) + "|" + Texts.fold(i.spec()) + "|" + Texts.unitKey(i.unit()));
                by = "name";
            }
            BigDecimal ratio = o == null || o.signum() == 0 ? null : i.price().divide(o, 4, RoundingMode.HALF_UP);
            out.add(new Compared(i.code(), i.name(), i.spec(), i.unit(), i.price(), o, ratio, o == null ? null : by));
        });
        return out;
    }

    /** The year to use when none is given: the tenant's fiscal year. */
    public static int yearOr(Integer year, int tenantYear) {
        return year != null ? year : tenantYear;
    }

    private static Item item(SshItemRecord r) {
        return new Item(r.getItemCode(), r.getSipdId(), r.getGroupCode(), r.getGroupName(), r.getName(), r.getSpec(), r.getUnit(),
                Money.clean(r.getPrice()), r.getAccounts(), r.getKind(), r.getRevisionId());
    }
}
