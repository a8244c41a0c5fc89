package id.kenda.domain;

import java.math.BigDecimal;

/** Rupiah amounts as read back from NUMERIC columns: no trailing zeros, no exponent. */
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
}
