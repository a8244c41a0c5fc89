package id.kenda.control;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One row of a control summary (the JSON shape the README documents, plus skpd, subKegiatan count and
 * critical count): money in rupiah, percentages in percent rounded to 2 decimals, deviations in points.
 */
@JsonPropertyOrder({"code", "name", "skpd", "pagu", "rakCumulative", "realizedCumulative", "targetFinancialPct", "realizedFinancialPct",
    "financialDeviationPct", "targetPhysicalPct", "realizedPhysicalPct", "physicalDeviationPct", "remaining", "projectedYearEndPct",
    "band", "critical", "subKegiatanCount", "criticalCount"})
public record ControlRow(String code, String name, String skpd, BigDecimal pagu, BigDecimal rakCumulative, BigDecimal realizedCumulative,
                         BigDecimal targetFinancialPct, BigDecimal realizedFinancialPct, BigDecimal financialDeviationPct,
                         BigDecimal targetPhysicalPct, BigDecimal realizedPhysicalPct, BigDecimal physicalDeviationPct,
                         BigDecimal remaining, BigDecimal projectedYearEndPct, String band, boolean critical, int subKegiatanCount,
                         int criticalCount) {
}
