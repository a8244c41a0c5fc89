package id.kenda.tenant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.kenda.db.schema.tables.records.TenantRecord;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static id.kenda.db.schema.Tables.BUDGET_LINE;
import static id.kenda.db.schema.Tables.REALIZATION_ROW;
import static id.kenda.db.schema.Tables.SKPD;
import static id.kenda.db.schema.Tables.TENANT;

/** Tenant rows and their SKPD lists. Every SKPD query filters on tenant_id. */
public final class TenantRepository {
    private final DSLContext dsl;

    public TenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A tenant as stored, with when it was created and last changed. */
    public record Stored(TenantSpec spec, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** One line of {@code tenant list}. */
    public record Summary(String code, String name, String kind, int fiscalYear, int skpd, String updatedAt) {
    }

    public Optional<Stored> find(String code) {
        TenantRecord r = dsl.selectFrom(TENANT).where(TENANT.TENANT_ID.eq(code)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        TenantSpec.Settings s = settings(r.getSettings());
        List<TenantSpec.Skpd> skpd = dsl.select(SKPD.CODE, SKPD.NAME).from(SKPD).where(SKPD.TENANT_ID.eq(code)).orderBy(SKPD.CODE)
                .fetch(x -> new TenantSpec.Skpd(x.value1(), x.value2()));
        TenantSpec spec = new TenantSpec(r.getTenantId(), r.getName(), r.getKind(), r.getSipdIdDaerah(), r.getFiscalYear(),
                s.pricing(), s.control(), s.unitAliases(), skpd, s.secrets(), s.signatories(), s.structure());
        return Optional.of(new Stored(spec, r.getCreatedAt(), r.getUpdatedAt()));
    }

    /** How much budget and realisation data (every revision) an SKPD of a tenant holds. */
    public record SkpdData(long budgetLines, long realizationRows) {
        public boolean empty() {
            return budgetLines == 0 && realizationRows == 0;
        }

        public String describe() {
            return budgetLines + " budget lines and " + realizationRows + " realisation rows";
        }
    }

    public SkpdData dataOf(String tenant, String skpd) {
        long budget = dsl.fetchCount(BUDGET_LINE, BUDGET_LINE.TENANT_ID.eq(tenant).and(BUDGET_LINE.SKPD_CODE.eq(skpd)));
        long real = dsl.fetchCount(REALIZATION_ROW, REALIZATION_ROW.TENANT_ID.eq(tenant).and(REALIZATION_ROW.SKPD_CODE.eq(skpd)));
        return new SkpdData(budget, real);
    }

    public Optional<String> codeWithName(String name, String exceptCode) {
        return dsl.select(TENANT.TENANT_ID).from(TENANT)
                .where(org.jooq.impl.DSL.lower(TENANT.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)), TENANT.TENANT_ID.ne(exceptCode))
                .fetchOptional(TENANT.TENANT_ID);
    }

    public List<Summary> list() {
        var count = org.jooq.impl.DSL.field(org.jooq.impl.DSL.selectCount().from(SKPD).where(SKPD.TENANT_ID.eq(TENANT.TENANT_ID)));
        return dsl.select(TENANT.TENANT_ID, TENANT.NAME, TENANT.KIND, TENANT.FISCAL_YEAR, count, TENANT.UPDATED_AT)
                .from(TENANT).orderBy(TENANT.TENANT_ID)
                .fetch(r -> new Summary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString()));
    }

    /** Writes the tenant row and converges its SKPD list to {@code spec.skpd()}; the caller holds the transaction. */
    static void save(DSLContext tx, TenantSpec spec, boolean exists, List<TenantSpec.Skpd> before) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String settings = json(spec.settings());
        if (exists) {
            tx.update(TENANT)
                    .set(TENANT.NAME, spec.name())
                    .set(TENANT.KIND, spec.kind())
                    .set(TENANT.SIPD_ID_DAERAH, spec.sipdIdDaerah())
                    .set(TENANT.FISCAL_YEAR, spec.fiscalYear())
                    .set(TENANT.SETTINGS, settings)
                    .set(TENANT.UPDATED_AT, now)
                    .where(TENANT.TENANT_ID.eq(spec.code()))
                    .execute();
        } else {
            tx.insertInto(TENANT)
                    .set(TENANT.TENANT_ID, spec.code())
                    .set(TENANT.NAME, spec.name())
                    .set(TENANT.KIND, spec.kind())
                    .set(TENANT.SIPD_ID_DAERAH, spec.sipdIdDaerah())
                    .set(TENANT.FISCAL_YEAR, spec.fiscalYear())
                    .set(TENANT.SETTINGS, settings)
                    .set(TENANT.CREATED_AT, now)
                    .set(TENANT.UPDATED_AT, now)
                    .execute();
        }
        java.util.Map<String, String> old = new java.util.HashMap<>();
        before.forEach(k -> old.put(k.code(), k.name()));
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (TenantSpec.Skpd k : spec.skpd()) {
            keep.add(k.code());
            String was = old.get(k.code());
            if (was == null) {
                tx.insertInto(SKPD).set(SKPD.TENANT_ID, spec.code()).set(SKPD.CODE, k.code()).set(SKPD.NAME, k.name()).execute();
            } else if (!was.equals(k.name())) {
                tx.update(SKPD).set(SKPD.NAME, k.name()).where(SKPD.TENANT_ID.eq(spec.code()), SKPD.CODE.eq(k.code())).execute();
            }
        }
        for (String code : old.keySet()) {
            if (!keep.contains(code)) {
                tx.deleteFrom(SKPD).where(SKPD.TENANT_ID.eq(spec.code()), SKPD.CODE.eq(code)).execute();
            }
        }
    }

    /**
     * The mapper of stored settings: the database's own, so that a change to how results are
     * printed never changes what is stored (compact, plain decimals, as written since the start).
     */
    /**
     * Settings as stored. Reading ignores fields it does not know: a newer kenda on the same
     * database may store more (as signatories were added), and a reader must keep working.
     */
    static final ObjectMapper STORAGE = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static String json(Object o) {
        try {
            return STORAGE.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TenantSpec.Settings settings(String json) {
        try {
            return STORAGE.readValue(json, TenantSpec.Settings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored tenant settings are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
