package id.kenda.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** A critical sub kegiatan at a period: physical progress behind plan by more than the tenant's thresholds. */
@JsonPropertyOrder({"code", "name", "skpd", "pagu", "targetPhysicalPct", "realizedPhysicalPct", "behind", "realizedFinancialPct"})
public record CriticalItem(String code, String name, String skpd, BigDecimal pagu, BigDecimal targetPhysicalPct, BigDecimal realizedPhysicalPct,
                           BigDecimal behind, BigDecimal realizedFinancialPct) {
}
