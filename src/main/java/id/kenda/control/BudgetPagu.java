package id.kenda.control;

import id.kenda.budget.stage.StoredStages;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static id.kenda.db.schema.Tables.BUDGET_LINE;

/** The pagu of each sub kegiatan from the year's latest budget stage (perubahan, else the highest pergeseran, else murni): the basis control works from. */
public final class BudgetPagu {
    private BudgetPagu() {
    }

    /** Sub kegiatan code to the sum of its lines; empty when no budget was imported for the year. */
    public static Map<String, BigDecimal> of(DSLContext dsl, String tenant, int year) {
        var budget = new StoredStages(dsl, tenant).latest(year);
        Map<String, BigDecimal> out = new HashMap<>();
        budget.ifPresent(b -> dsl.select(BUDGET_LINE.SUB_KEGIATAN, DSL.sum(BUDGET_LINE.TOTAL)).from(BUDGET_LINE)
                .where(BUDGET_LINE.TENANT_ID.eq(tenant), BUDGET_LINE.REVISION_ID.eq(b.id())).groupBy(BUDGET_LINE.SUB_KEGIATAN)
                .forEach(x -> out.put(x.value1(), x.value2())));
        return out;
    }
}
