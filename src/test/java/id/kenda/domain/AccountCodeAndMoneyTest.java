package id.kenda.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account codes compared by numeric segments, and rupiah as people read them. */
class AccountCodeAndMoneyTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "5.1.02.01.01.0024, 5.1.2.1.1.24",
        "5.1.02.01.001.00024, 5.1.2.1.1.24",
        "' 5.1.02.01.01.0052 ', 5.1.2.1.1.52",
        "5.2.03.01.01.0001, 5.2.3.1.1.1",
    })
    void paddedAndShortFormsAreTheSameAccount(String code, String key) {
        assertEquals(Optional.of(key), AccountCode.normalise(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.1.02.01.01", "5.1.02.01.01.0024.1", "5.1.02.01.01.x", "5..02.01.01.0024", "", "5.1.02.01.01.0000024"})
    void anythingElseIsNotAnAccount(String code) {
        assertEquals(Optional.empty(), AccountCode.normalise(code));
    }

    @Test
    void grantsAndAidAreRecognisedOnTheKey() {
        assertTrue(AccountCode.isGrantOrAid("5.1.5.1.1.1"));
        assertTrue(AccountCode.isGrantOrAid("5.1.6.1.1.1"));
        assertTrue(AccountCode.isGrantOrAid("5.4.1.1.1.1"));
        assertFalse(AccountCode.isGrantOrAid("5.1.2.1.1.24"));
    }

    @Test
    void rupiahAsABudgetOfficerWritesIt() {
        assertEquals("Rp 8.404.983", Money.rupiah(new BigDecimal("8404983.00")));
        assertEquals("Rp 12.500,50", Money.rupiah(new BigDecimal("12500.5")));
        assertEquals("Rp 0", Money.rupiah(BigDecimal.ZERO));
        assertEquals("12500", Money.clean(new BigDecimal("1.25E+4")).toPlainString());
        assertNull(Money.clean(null));
    }
}
