package id.kenda.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {
    /** The general path, as the fast path must reproduce it. */
    static String slowFold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  Kertas  HVS\tA4 ", "ORANG / KALI", "a\n\nb", "x\u001fy", "Kabel 1,5\" merah", "Café Ünïcode  ", "\u00a0Rp\u00a012"})
    void foldMatchesTheGeneralDefinition(String s) {
        assertEquals(slowFold(s), Texts.fold(s));
    }

    @org.junit.jupiter.api.Test
    void foldMatchesOnRandomAsciiWithSeed() {
        long seed = System.nanoTime();
        Random r = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = r.nextInt(30); j > 0; j--) {
                sb.append((char) r.nextInt(128));
            }
            assertEquals(slowFold(sb.toString()), Texts.fold(sb.toString()), "seed " + seed);
        }
    }
}
