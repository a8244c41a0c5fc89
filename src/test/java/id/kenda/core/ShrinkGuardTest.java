package id.kenda.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShrinkGuardTest {
    @Test
    void refusesMoreThanTheShareAndAcceptsExactlyIt() {
        ShrinkGuard g = ShrinkGuard.DEFAULT;
        assertDoesNotThrow(() -> g.checkRemoved("items", 100, 20, null), "20 % is allowed");
        KendaException e = assertThrows(KendaException.class, () -> g.checkRemoved("items", 100, 21, "removed 21"));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertTrue(e.getMessage().contains("would remove 21 of the active revision's 100 items (21.0 %, more than --max-removed 20 %): removed 21"), e::getMessage);
        assertDoesNotThrow(() -> g.checkRemoved("items", 0, 0, null), "nothing active: nothing to guard");
        assertDoesNotThrow(() -> new ShrinkGuard(BigDecimal.ZERO, true).checkRemoved("items", 300_000, 299_996, null));
        assertThrows(KendaException.class, () -> new ShrinkGuard(BigDecimal.ZERO, false).checkRemoved("items", 300_000, 1, null));
    }

    @Test
    void aTotalThatFallsTooFarIsRefused() {
        ShrinkGuard g = ShrinkGuard.DEFAULT;
        assertDoesNotThrow(() -> g.checkTotal("total", new BigDecimal("1000000"), new BigDecimal("800000")));
        KendaException e = assertThrows(KendaException.class, () -> g.checkTotal("total", new BigDecimal("1000000"), new BigDecimal("799999")));
        assertTrue(e.getMessage().contains("total 799999 is 20.0 % below the active revision's 1000000"), e::getMessage);
        assertDoesNotThrow(() -> g.checkTotal("total", new BigDecimal("1000000"), new BigDecimal("5000000")), "growth is fine");
    }

    @Test
    void theShareIsAPercentage() {
        assertEquals(ExitCode.USAGE, assertThrows(KendaException.class, () -> new ShrinkGuard(new BigDecimal("101"), false)).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(KendaException.class, () -> new ShrinkGuard(new BigDecimal("-1"), false)).exitCode());
    }
}
