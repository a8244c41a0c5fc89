package id.kenda.domain;

import java.math.BigDecimal;

/** Rupiah amounts: as read back from NUMERIC columns (no trailing zeros, no exponent), and as people write them. */
public final class Money {
    private Money() {
    }

    public static BigDecimal clean(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Rupiah as a budget officer writes it: Rp 8.404.983 (decimals only when there are any). */
    public static String rupiah(BigDecimal v) {
        BigDecimal c = clean(v);
        java.text.DecimalFormatSymbols sym = new java.text.DecimalFormatSymbols();
        sym.setGroupingSeparator('.');
        sym.setDecimalSeparator(',');
        java.text.DecimalFormat f = new java.text.DecimalFormat(c.scale() > 0 ? "#,##0.00" : "#,##0", sym);
        return "Rp " + f.format(c);
    }
}
