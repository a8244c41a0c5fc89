package id.kenda.budget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The koefisien parser on the strings regional offices write, and a round trip over random factor lists. */
class KoefisienTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "9 Buah|9|Buah",
            "3 Orang / Perjalanan|3|Orang / Perjalanan",
            "2 Orang x 3 Kali|6|Orang;Kali",
            "2 Kotak x 12 Buah|24|Kotak;Buah",
            "1,5 Jam|1.5|Jam",
            "1,5 Meter|1.5|Meter",
            "1,5 M3|1.5|M3",
            "2 m³|2|m³",
            "2 M2 x 3 Kali|6|M2;Kali",
            "3 M3 x 0,5 Kali|1.5|M3;Kali",
            "0,5 Hari|0.5|Hari",
            "0.5 Hari|0.5|Hari",
            "12 Km2|12|Km2",
            "4 M' x 2 Sisi|8|M';Sisi",
            "1 Ls|1|Ls",
            "10 OH x 2 Hari|20|OH;Hari",
            "1.000 Lembar|1000|Lembar",
            "2 Orang × 3 Kali × 2 Hari|12|Orang;Kali;Hari",
            "2*3|6|;",
            "  5 Rim  |5|Rim",
            "2 Orang/Kali x 4 Kegiatan|8|Orang/Kali;Kegiatan",
    })
    void readsRealKoefisien(String text, String volume, String units) {
        Koefisien k = Koefisien.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertEquals(0, new BigDecimal(volume).compareTo(k.volume()), () -> text + " -> " + k);
        assertEquals(List.of(units.split(";", -1)), k.units(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/2 Hari", "abc", "Buah", "x 2 Buah", "2 Buah x", "1 x 1 x 1 x 1 x 1", "1,5,5 Jam", "1.5.5 Jam", "2 #Buah", ""})
    void refusesWhatIsNotAKoefisien(String text) {
        assertTrue(Koefisien.parse(text).isEmpty(), () -> text + " -> " + Koefisien.parse(text));
    }

    static final String[] UNITS = {"M2", "M3", "M'", "Ls", "OH", "Orang / Kali", "Unit", "Rim", "Kg", "Buah", "Km2", "Orang/Hari"};
    static final String[] SEPARATORS = {" x ", " X ", " × ", "×", " * ", "*"};

    @Test
    void randomFactorListsWithRealUnitsReadBack() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int run = 0; run < 5_000; run++) {
            int n = 1 + random.nextInt(Koefisien.MAX_FACTORS);
            List<BigDecimal> factors = new ArrayList<>();
            List<String> units = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                BigDecimal f = random.nextBoolean()
                        ? BigDecimal.valueOf(1 + random.nextInt(999))
                        : BigDecimal.valueOf(random.nextInt(100_000), 1 + random.nextInt(2)).add(BigDecimal.ONE).setScale(2, RoundingMode.UNNECESSARY);
                String unit = UNITS[random.nextInt(UNITS.length)];
                factors.add(f);
                units.add(unit);
                if (i > 0) {
                    text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                String number = f.scale() > 0 ? f.toPlainString().replace('.', ',') : f.toPlainString();
                text.append(number).append(random.nextInt(4) == 0 ? "  " : " ").append(unit);
            }
            String written = text.toString();
            Koefisien k = Koefisien.parse(written).orElseThrow(() -> new AssertionError("seed " + seed + ": not read: " + written));
            assertEquals(units, k.units(), () -> "seed " + seed + ": " + written);
            for (int i = 0; i < n; i++) {
                assertEquals(0, factors.get(i).compareTo(k.factors().get(i)), "seed " + seed + ": " + written);
            }
        }
    }
}
