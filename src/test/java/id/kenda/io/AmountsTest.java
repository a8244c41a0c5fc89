package id.kenda.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12345|12345",
        "12345.0|12345.0",
        "12.345,00|12345.00",
        "Rp 12.345|12345",
        "Rp. 12.345,00|12345.00",
        "rp12.345|12345",
        "1.250.000,00|1250000.00",
        "1,250,000.00|1250000.00",
        "1250000.5|1250000.5",
        "725,5|725.5",
        "-3.100|-3100",
        "'  3 100 '|3100",
        "IDR 5.000|5000",
    })
    void readsRealWorldAmountsExactly(String text, String expected) throws Exception {
        assertEquals(new BigDecimal(expected), Amounts.parse(text, NumberFormat.id, false, false));
    }

    @Test
    void ambiguousValuesFollowTheColumn() throws Exception {
        assertEquals(new BigDecimal("12345"), Amounts.parse("12.345", NumberFormat.id, false, false));
        assertEquals(new BigDecimal("12.345"), Amounts.parse("12.345", NumberFormat.en, false, false));
        assertEquals(new BigDecimal("1250"), Amounts.parse("1,250", NumberFormat.en, false, false));
        assertEquals(new BigDecimal("1.250"), Amounts.parse("1,250", NumberFormat.id, false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.250.000,00abc", "1.2.3", "12,34,56", "abc", "Rp", "-", "1..2", "1,,2", "12.34.5", "0x10", "1 2 3,4.5"})
    void junkIsAnErrorNotAGuess(String text) {
        assertThrows(AmountException.class, () -> Amounts.parse(text, NumberFormat.id, false, false));
    }

    @Test
    void aTrailingDashMeansNoCentsAndTheIndonesianFormat() throws Exception {
        assertEquals(0, new BigDecimal("12500").compareTo(Amounts.parse("Rp 12.500,-", NumberFormat.en, false, false)),
                "\",-\" settles an ambiguous value even in a column read as English");
        assertEquals(0, new BigDecimal("12500").compareTo(Amounts.parse("12500,-", NumberFormat.id, false, false)));
        assertEquals(0, new BigDecimal("1250000").compareTo(Amounts.parse("Rp. 1.250.000,--", NumberFormat.id, false, false)));
        assertEquals(Amounts.Evidence.ID, Amounts.evidence("12.500,-"));
        assertThrows(AmountException.class, () -> Amounts.parse("12.500,-5", NumberFormat.id, false, false));
    }

    @Test
    void scientificNotationOnlyFromSpreadsheetNumberCells() throws Exception {
        assertThrows(AmountException.class, () -> Amounts.parse("1.25E+06", NumberFormat.en, false, false));
        assertEquals(0, new BigDecimal("1250000").compareTo(Amounts.parse("1.25E+06", NumberFormat.en, false, true)));
    }

    @Test
    void forcedFormatRefusesTheOtherStyle() {
        assertThrows(AmountException.class, () -> Amounts.parse("1250000.50", NumberFormat.id, true, false));
        assertThrows(AmountException.class, () -> Amounts.parse("1.250.000,50", NumberFormat.en, true, false));
    }

    @Test
    void evidenceClassifiesValues() {
        assertEquals(Amounts.Evidence.ID, Amounts.evidence("1.250.000,00"));
        assertEquals(Amounts.Evidence.EN, Amounts.evidence("1250000.0"));
        assertEquals(Amounts.Evidence.AMBIGUOUS, Amounts.evidence("12.345"));
        assertEquals(Amounts.Evidence.NONE, Amounts.evidence("12345"));
        assertEquals(Amounts.Evidence.INVALID, Amounts.evidence("1.2.3,4,5"));
    }
}
