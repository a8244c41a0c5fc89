package id.kenda.control;

import id.kenda.tenant.TenantSpec;

import java.math.BigDecimal;

/**
 * Colour bands of cumulative realised financial percent, by quarter: lower bounds for very high,
 * high, medium and low; anything under the last is very low. Gap-free (the public monitoring code
 * leaves 60-61 unbanded in Q3; here every value has a band).
 */
public final class Bands {
    public static final String[] NAMES = {"very-high", "high", "medium", "low", "very-low"};
    private static final double[][] DEFAULT = {
        {23, 20, 17, 13},
        {45, 39, 33, 26},
        {79, 70, 61, 51},
        {98, 95, 92, 88}};

    private final double[][] bounds;

    private Bands(double[][] bounds) {
        this.bounds = bounds;
    }

    public static Bands quarterlyDefault() {
        return new Bands(DEFAULT);
    }

    /** From a tenant spec: the preset, or the table of lower bounds per quarter (validated by the spec). */
    public static Bands of(TenantSpec.BandTable spec) {
        if (spec == null || spec.isPreset()) {
            return quarterlyDefault();
        }
        double[][] b = new double[4][4];
        for (int q = 0; q < 4; q++) {
            java.util.List<BigDecimal> bounds = spec.quarters().get("q" + (q + 1));
            for (int i = 0; i < 4; i++) {
                b[q][i] = bounds.get(i).doubleValue();
            }
        }
        return new Bands(b);
    }

    public static int quarterOf(int month) {
        return (month + 2) / 3;
    }

    public String band(int month, BigDecimal realizedPct) {
        double v = realizedPct == null ? 0 : realizedPct.doubleValue();
        double[] b = bounds[quarterOf(month) - 1];
        for (int i = 0; i < 4; i++) {
            if (v >= b[i]) {
                return NAMES[i];
            }
        }
        return NAMES[4];
    }

    /** The lowest band: what {@code --fail-on red} alerts on. */
    public static boolean isLowest(String band) {
        return NAMES[4].equals(band);
    }
}
