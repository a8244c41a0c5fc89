package id.kenda.rak;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.kenda.db.schema.Tables.RAK_ROW;

/** The planned cash (target keuangan) per sub kegiatan and month from the year's RAK: what control plans against when a RAK is stored. */
public final class RakTargets {
    private RakTargets() {
    }

    /**
     * Sub kegiatan code to its planned cash by month (index 1-12), from the RAK of the budget's
     * latest stage (else the latest stage holding a RAK); empty when no RAK is stored for the year.
     */
    public static Optional<Map<String, BigDecimal[]>> of(DSLContext dsl, String tenant, int year) {
        RakScope scope = RakScope.of(dsl, tenant, year, null);
        Optional<Integer> revision = scope.rak().map(r -> r.id()).or(() -> new id.kenda.db.Revisions(dsl, tenant)
                .list(id.kenda.db.Revisions.Dataset.RAK, year, null).stream().filter(r -> r.status().equals(id.kenda.db.Revisions.ACTIVE))
                .max(java.util.Comparator.comparing(r -> id.kenda.budget.stage.Stage.stored(r.kind()))).map(r -> r.id()));
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        List<Field<?>> fields = new ArrayList<>(List.of(RAK_ROW.SUB_KEGIATAN));
        for (Field<BigDecimal> m : List.of(RAK_ROW.M1, RAK_ROW.M2, RAK_ROW.M3, RAK_ROW.M4, RAK_ROW.M5, RAK_ROW.M6, RAK_ROW.M7, RAK_ROW.M8, RAK_ROW.M9,
                RAK_ROW.M10, RAK_ROW.M11, RAK_ROW.M12)) {
            fields.add(DSL.sum(m));
        }
        Map<String, BigDecimal[]> out = new HashMap<>();
        for (Record r : dsl.select(fields).from(RAK_ROW).where(RAK_ROW.TENANT_ID.eq(tenant), RAK_ROW.REVISION_ID.eq(revision.get()))
                .groupBy(RAK_ROW.SUB_KEGIATAN).fetch()) {
            BigDecimal[] months = new BigDecimal[13];
            for (int m = 1; m <= 12; m++) {
                months[m] = r.get(m, BigDecimal.class);
            }
            out.put(r.get(0, String.class), months);
        }
        return Optional.of(out);
    }
}
