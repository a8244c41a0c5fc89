package id.kenda.control;

import id.kenda.tenant.TenantSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roll-ups, bands, critical thresholds and the projection against hand-computed figures. */
class ControlEngineTest {
    static ControlEngine.Series series(String skpd, String code, long pagu, long rak, long real, int months, double plannedStep, double realStep) {
        ControlEngine.Series s = new ControlEngine.Series(skpd, code);
        for (int m = 1; m <= months; m++) {
            s.set(ControlEngine.Series.PAGU, m, BigDecimal.valueOf(pagu));
            s.set(ControlEngine.Series.RAK, m, BigDecimal.valueOf(rak));
            s.set(ControlEngine.Series.REAL, m, BigDecimal.valueOf(real));
            s.set(ControlEngine.Series.PLANNED, m, BigDecimal.valueOf(plannedStep * m));
            s.set(ControlEngine.Series.REAL_PHYS, m, BigDecimal.valueOf(realStep * m));
        }
        return s;
    }

    static ControlEngine engine(ControlEngine.Series... s) {
        Map<String, ControlEngine.Series> map = new TreeMap<>();
        for (ControlEngine.Series x : s) {
            map.put(x.code, x);
        }
        return new ControlEngine("35.15", "Sidoarjo", 2026, map, Bands.quarterlyDefault(), TenantSpec.Critical.DEFAULT);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void rollsUpByPaguWeightAgainstHandComputedFigures() {
        ControlEngine e = engine(
                series("1.02.0.00.0.00.01.0000", "1.02.02.2.02.0032", 1200, 100, 50, 6, 10, 5),
                series("1.02.0.00.0.00.01.0000", "1.02.02.2.02.0033", 300, 25, 25, 6, 8, 8),
                series("2.16.0.00.0.00.01.0000", "2.16.03.2.01.0004", 1500, 125, 100, 6, 10, 9));
        ControlEngine.Summary skpd = e.summary(6, ControlEngine.Level.skpd, ControlEngine.Sort.code);
        ControlRow dinkes = skpd.rows().get(0);
        assertEquals(d("1500"), dinkes.pagu());
        assertEquals(d("750"), dinkes.rakCumulative());
        assertEquals(d("450"), dinkes.realizedCumulative());
        assertEquals(d("50.00"), dinkes.targetFinancialPct());
        assertEquals(d("30.00"), dinkes.realizedFinancialPct());
        assertEquals(d("-20.00"), dinkes.financialDeviationPct());
        // planned physical at June: 60 % (pagu 1200) and 48 % (pagu 300): (60x1200 + 48x300) / 1500 = 57.6
        assertEquals(d("57.60"), dinkes.targetPhysicalPct());
        // realised: 30 % and 48 %: (30x1200 + 48x300) / 1500 = 33.6
        assertEquals(d("33.60"), dinkes.realizedPhysicalPct());
        assertEquals(d("-24.00"), dinkes.physicalDeviationPct());
        assertEquals(d("1050"), dinkes.remaining());
        assertTrue(dinkes.critical(), "24 points behind at a plan under 70 %");
        assertEquals(2, dinkes.subKegiatanCount());
        assertEquals(1, dinkes.criticalCount(), "only .0032 is critical (.0033 is on plan)");

        ControlRow total = skpd.total();
        assertEquals(d("3000"), total.pagu());
        assertEquals(d("1050"), total.realizedCumulative());
        assertEquals(d("35.00"), total.realizedFinancialPct());
        assertEquals(d("50.00"), total.targetFinancialPct());
        assertEquals(1, total.criticalCount(), "2.16.03.2.01.0004 is 6 points behind at a 60 % plan: not critical");
        assertEquals("medium", total.band(), "35 % in Q2: 33-39 is medium");

        ControlEngine.Summary program = e.summary(6, ControlEngine.Level.program, ControlEngine.Sort.code);
        assertEquals("1.02.02", program.rows().get(0).code());
        assertEquals(2, program.rows().size());
        assertEquals(3, e.summary(6, ControlEngine.Level.sub_kegiatan, ControlEngine.Sort.code).rows().size());
        assertEquals(1, e.summary(6, ControlEngine.Level.region, ControlEngine.Sort.code).rows().size());
    }

    @ParameterizedTest
    @CsvSource({
        "9, 79.00, very-high", "9, 78.99, high", "9, 70.00, high", "9, 61.00, medium", "9, 60.99, low", "9, 60.50, low",
        "9, 51.00, low", "9, 50.99, very-low",
        "3, 30.00, very-high", "4, 30.00, low",
        "1, 13.00, low", "1, 12.99, very-low", "12, 98.00, very-high", "12, 87.99, very-low", "6, 45.00, very-high", "6, 25.99, very-low"})
    void bandsAreGapFreeAndFollowTheQuarter(int month, String pct, String band) {
        assertEquals(band, Bands.quarterlyDefault().band(month, d(pct)));
    }

    @ParameterizedTest
    @CsvSource({"70, -10, false", "70, -10.01, true", "70.01, -5, false", "70.01, -5.01, true", "0, -10.5, true", "95, -4, false"})
    void criticalThresholds(String planned, String deviation, boolean critical) {
        ControlEngine e = engine();
        ControlEngine.Totals t = new ControlEngine.Totals();
        t.pagu = d("100");
        t.physPagu = d("100");
        t.plannedWeighted = d(planned).multiply(d("100"));
        t.realPhysWeighted = d(planned).add(d(deviation)).multiply(d("100"));
        assertEquals(critical, e.row("x", null, null, t, 6).critical(), planned + " / " + deviation);
    }

    @Test
    void projectionContinuesTheRecentPaceOverTheRemainingPlan() {
        // pagu 1200, plan 100 a month, half of it realised: 300 by June, pace 0.5 on the remaining 600 -> 600 = 50 %
        ControlEngine.Series half = series("a", "1.01.01.2.01.0001", 1200, 100, 50, 6, 10, 10);
        assertEquals(0, d("600").compareTo(ControlEngine.projection(half, 6, d("1200"))));
        ControlEngine.Summary s = engine(half).summary(6, ControlEngine.Level.region, ControlEngine.Sort.code);
        assertEquals(d("50.00"), s.total().projectedYearEndPct());

        // a late starter: nothing realised Jan-Mar, full pace Apr-Jun: pace over the last three months is 1
        ControlEngine.Series late = series("a", "1.01.01.2.01.0002", 1200, 100, 0, 6, 10, 10);
        for (int m = 4; m <= 6; m++) {
            late.set(ControlEngine.Series.REAL, m, d("100"));
        }
        assertEquals(0, d("900").compareTo(ControlEngine.projection(late, 6, d("1200"))), "300 + 600 x 1");

        // faster than plan: the pace is capped at 1 and the projection at the pagu
        ControlEngine.Series fast = series("a", "1.01.01.2.01.0003", 1200, 100, 150, 6, 10, 10);
        assertEquals(0, d("1200").compareTo(ControlEngine.projection(fast, 6, d("1200"))));

        // nothing planned yet: the projection assumes the plan will be met
        ControlEngine.Series none = series("a", "1.01.01.2.01.0004", 1200, 0, 0, 2, 0, 0);
        assertEquals(0, d("1200").compareTo(ControlEngine.projection(none, 2, d("1200"))));
    }

    @Test
    void seriesGivesBackEachFigureAtTheScaleItWasSet() {
        ControlEngine.Series s = new ControlEngine.Series("a", "1.01.01.2.01.0001");
        BigDecimal nearMax = BigDecimal.valueOf(Long.MAX_VALUE - 1, 2);
        s.set(ControlEngine.Series.PAGU, 1, d("1200"));
        s.set(ControlEngine.Series.PAGU, 2, d("1200.005"));
        s.set(ControlEngine.Series.RAK, 1, nearMax);
        s.set(ControlEngine.Series.RAK, 2, nearMax);
        s.hundredths(ControlEngine.Series.REAL, 1, Long.MIN_VALUE + 1);
        s.hundredths(ControlEngine.Series.REAL, 3, 250);
        s.set(ControlEngine.Series.PLANNED, 4, d("99999999999999999999.99"));
        for (Object[] c : new Object[][] {{ControlEngine.Series.PAGU, 1, d("1200")}, {ControlEngine.Series.PAGU, 2, d("1200.005")},
                {ControlEngine.Series.RAK, 2, nearMax}, {ControlEngine.Series.REAL, 1, BigDecimal.valueOf(Long.MIN_VALUE + 1, 2)},
                {ControlEngine.Series.REAL, 3, d("2.50")}, {ControlEngine.Series.PLANNED, 4, d("99999999999999999999.99")}}) {
            assertEquals(c[2], s.get((int) c[0], (int) c[1]), "equal at the same scale: " + c[2]);
        }
        assertEquals(null, s.get(ControlEngine.Series.REAL, 2));
        assertEquals(nearMax.add(nearMax), s.sum(ControlEngine.Series.RAK, 1, 12), "a sum beyond a long is exact");
        assertEquals(BigDecimal.valueOf(Long.MIN_VALUE + 1, 2).add(d("2.50")), s.sum(ControlEngine.Series.REAL, 1, 12));
        assertEquals(BigDecimal.ZERO, s.sum(ControlEngine.Series.REAL_PHYS, 1, 12), "nothing given sums to a plain zero");
        assertEquals(d("2.50"), s.sum(ControlEngine.Series.REAL, 2, 3));
        s.set(ControlEngine.Series.REAL, 3, null);
        assertFalse(s.has(ControlEngine.Series.REAL, 3));
    }

    @Test
    void zeroPaguAndMissingPhysicalDoNotDivideByZero() {
        ControlEngine.Series z = series("a", "1.01.01.2.01.0001", 0, 0, 0, 3, 0, 0);
        z.set(ControlEngine.Series.PLANNED, 1, null);
        z.set(ControlEngine.Series.PLANNED, 2, null);
        z.set(ControlEngine.Series.PLANNED, 3, null);
        z.set(ControlEngine.Series.REAL_PHYS, 1, null);
        z.set(ControlEngine.Series.REAL_PHYS, 2, null);
        z.set(ControlEngine.Series.REAL_PHYS, 3, null);
        ControlRow r = engine(z).summary(3, ControlEngine.Level.sub_kegiatan, ControlEngine.Sort.code).rows().get(0);
        assertEquals(d("0.00"), r.realizedFinancialPct());
        assertEquals(null, r.targetPhysicalPct());
        assertFalse(r.critical());
    }

    @Test
    void aSubKegiatanIsCriticalExactlyWhenItsOwnRowSaysSo() {
        java.util.Random rnd = new java.util.Random(20261207);
        String[] percents = {null, "0", "10", "10.005", "59.994", "70", "70.01", "80.5", "100", "3.333"};
        String[] pagu = {"0", "1", "-5", "1000000", "123456789.99", "98765432109876543.21"};
        int critical = 0;
        for (int i = 0; i < 2_000; i++) {
            ControlEngine.Series s = new ControlEngine.Series("a", "1.01.01.2.01.0001");
            int month = 1 + rnd.nextInt(12);
            String planned = percents[rnd.nextInt(percents.length)];
            String realised = percents[rnd.nextInt(percents.length)];
            s.set(ControlEngine.Series.PAGU, month, d(pagu[rnd.nextInt(pagu.length)]));
            s.set(ControlEngine.Series.PLANNED, month, planned == null ? null : d(planned));
            s.set(ControlEngine.Series.REAL_PHYS, month, realised == null ? null : d(realised));
            ControlEngine e = engine(s);
            ControlEngine.Point p = ControlEngine.Point.of(s, month, month);
            ControlEngine.Totals one = new ControlEngine.Totals();
            one.add(p);
            boolean expected = e.row("", "", "", one, month).critical();
            assertEquals(expected, e.critical(p), () -> "pagu " + p.pagu() + ", planned " + planned + ", realised " + realised);
            critical += expected ? 1 : 0;
        }
        assertTrue(critical > 100, "the cases include critical ones: " + critical);
    }

    @Test
    void theTotalIsTheSameAtEveryLevelAsTheRegionsOneRow() {
        java.util.Random rnd = new java.util.Random(7);
        java.util.List<ControlEngine.Series> all = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ControlEngine.Series s = new ControlEngine.Series("1.0" + rnd.nextInt(5) + ".0.00.0.00.01.0000",
                    String.format("1.0%d.%02d.2.%02d.%04d", rnd.nextInt(5), rnd.nextInt(4), rnd.nextInt(3), i));
            for (int m = 1; m <= 12; m++) {
                s.set(ControlEngine.Series.PAGU, m, i % 50 == 0 ? d("98765432109876543.21") : BigDecimal.valueOf(rnd.nextInt(1_000_000_000), 2));
                s.set(ControlEngine.Series.RAK, m, rnd.nextInt(9) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(100_000_000), 2));
                s.set(ControlEngine.Series.REAL, m, BigDecimal.valueOf(rnd.nextInt(100_000_000), 2));
                s.set(ControlEngine.Series.PLANNED, m, rnd.nextInt(5) == 0 ? null : BigDecimal.valueOf(m * 800 + rnd.nextInt(50), 2));
                s.set(ControlEngine.Series.REAL_PHYS, m, BigDecimal.valueOf(Math.max(0, m * 800 - rnd.nextInt(2500)), 2));
            }
            all.add(s);
        }
        ControlEngine e = engine(all.toArray(ControlEngine.Series[]::new));
        for (int month : new int[] {1, 6, 12}) {
            ControlRow region = e.summary(month, ControlEngine.Level.region, ControlEngine.Sort.code).rows().get(0);
            assertEquals(300, region.subKegiatanCount());
            assertTrue(month == 1 || region.criticalCount() > 0 && region.criticalCount() < 300, "some critical: " + region.criticalCount());
            for (ControlEngine.Level level : ControlEngine.Level.values()) {
                assertEquals(region, e.summary(month, level, ControlEngine.Sort.deviation).total(), level + " at month " + month);
            }
        }
    }
}
