package id.kenda.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LabelsTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(Labels.keys(Labels.Lang.id), Labels.keys(Labels.Lang.en));
    }

    @Test
    void rupiahDatesAndPercentsAsEachLanguageWritesThem() {
        Labels id = Labels.of(Labels.Lang.id);
        Labels en = Labels.of(Labels.Lang.en);
        assertEquals("Rp 173.046.624", id.money(new BigDecimal("173046624")));
        assertEquals("Rp 173,046,624", en.money(new BigDecimal("173046624.00")));
        assertEquals("Rp 52.500,50", id.money(new BigDecimal("52500.5")));
        assertEquals("-Rp 1.250.000", id.money(new BigDecimal("-1250000")));
        assertEquals("93,14", id.percent(new BigDecimal("93.14")));
        assertEquals("-3.12", en.percent(new BigDecimal("-3.12")));
        assertEquals("30 Juni 2026", id.date(LocalDate.of(2026, 6, 30)));
        assertEquals("s.d. Agustus 2026", id.upTo(2026, 8));
        assertEquals("to August 2026", en.upTo(2026, 8));
        assertEquals("sangat rendah", id.band("very-low"));
        assertEquals("very high", en.band("very-high"));
    }

    @Test
    void aMissingLabelFailsAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Labels.of(Labels.Lang.en).column("nonsense"));
        assertEquals("no label 'col.nonsense' in labels_en.properties", e.getMessage());
    }
}
