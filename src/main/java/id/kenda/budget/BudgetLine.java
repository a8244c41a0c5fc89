package id.kenda.budget;

import java.math.BigDecimal;

/**
 * A budget line (rincian belanja) as read: codes as written, numbers parsed (null when absent or
 * unreadable). {@code total} is the line's own jumlah when readable, else the computed one;
 * {@code computedTotal} is round-half-up(volume x unit price x (1 + PPN/100)) to whole rupiah.
 */
public record BudgetLine(int line, String skpd, String subKegiatan, String account, String accountNorm, String itemCode, Long sipdId,
                         String name, String spec, String koefisien, BigDecimal volume, String unit, BigDecimal unitPrice,
                         BigDecimal ppn, BigDecimal total, BigDecimal computedTotal) {
}
