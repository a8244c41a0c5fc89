package id.kenda.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SKPD and sub kegiatan code shapes, written once and used by validation, realisation and tenants. */
class CodesTest {
    @Test
    void skpdCodesHaveEightNumericSegments() {
        assertTrue(SkpdCode.isValid("1.02.0.00.0.00.01.0000"));
        assertFalse(SkpdCode.isValid("1.02.0.00.0.00.01"));
        assertFalse(SkpdCode.isValid("1.02.0.00.0.00.01.0000\u200B"));
        assertFalse(SkpdCode.isValid(null));
    }

    @Test
    void subKegiatanCodesAndTheirProgramAndKegiatan() {
        assertTrue(SubKegiatanCode.isValid("2.16.03.2.01.0004"));
        assertTrue(SubKegiatanCode.isValid("1.02.02.2.02.32"), "the older 2-digit last segment");
        assertFalse(SubKegiatanCode.isValid("2.16.03.2.01"));
        assertEquals("2.16.03", SubKegiatanCode.prefix("2.16.03.2.01.0004", 3));
        assertEquals("2.16.03.2.01", SubKegiatanCode.prefix("2.16.03.2.01.0004", 5));
        assertEquals("2.16", SubKegiatanCode.prefix("2.16", 3));
    }
}
