package id.kenda.budget;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The outcome of {@code budget validate}: the JSON shape the README documents (more fields may be added). */
@JsonPropertyOrder({"file", "tenant", "fiscalYear", "lines", "checked", "exempt", "errors", "warnings", "byRule", "findings", "truncated",
    "total", "bySkpd", "subKegiatan"})
public record ValidationResult(String file, String tenant, int fiscalYear, long lines, long checked, long exempt, long errors, long warnings,
                               Map<String, Long> byRule, List<Finding> findings, boolean truncated, BigDecimal total,
                               Map<String, SkpdCount> bySkpd, List<SubKegiatanTotal> subKegiatan) {

    /** Errors and warnings of one SKPD, counted over every finding (not only those listed). */
    public record SkpdCount(long errors, long warnings) {
    }

    /** The lines and computed total of one sub kegiatan (and its ceiling when --pagu was given). */
    @JsonPropertyOrder({"code", "skpd", "lines", "total", "pagu"})
    public record SubKegiatanTotal(String code, String skpd, long lines, BigDecimal total, BigDecimal pagu) {
    }
}
