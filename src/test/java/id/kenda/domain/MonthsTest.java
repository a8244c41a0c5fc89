package id.kenda.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MonthsTest {
    @Test
    void indonesianNamesAndAbbreviations() {
        assertEquals(1, Months.byName("Januari"));
        assertEquals(8, Months.byName("AGUSTUS"));
        assertEquals(8, Months.byName("agt"));
        assertEquals(12, Months.byName(" Des "));
        assertEquals(5, Months.byName("mei"));
        assertEquals(0, Months.byName("January"));
        assertEquals(0, Months.byName("13"));
    }

    @Test
    void spreadsheetSerialDaysInThePlausibleRangeOnly() {
        assertEquals(LocalDate.of(2026, 1, 1), Months.excelSerial("46023"));
        assertEquals(LocalDate.of(2026, 12, 31), Months.excelSerial("46387.0"));
        assertEquals(LocalDate.of(2000, 1, 1), Months.excelSerial("36526"));
        assertNull(Months.excelSerial("36525"), "1999 is no fiscal year kenda keeps");
        assertNull(Months.excelSerial("12"));
        assertNull(Months.excelSerial("46023.5"));
    }
}
