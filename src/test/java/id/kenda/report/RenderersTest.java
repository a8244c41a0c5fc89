package id.kenda.report;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenderersTest {
    @Test
    void csvNeutralisesFormulaTextButNotNegativeNumbers() {
        Table t = new Table("name", "amount");
        t.row("=HYPERLINK(\"http://x\")", new BigDecimal("-1250000"));
        t.row("+62 812", -5);
        t.row("@SUM(A1)", null);
        t.row("\tTab", "-plain");
        t.row("Kertas HVS A4", new BigDecimal("52500.00"));
        StringWriter w = new StringWriter();
        Renderers.csv(t, w);
        assertEquals("name,amount\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-1250000\n"
                + "'+62 812,-5\n"
                + "'@SUM(A1),\n"
                + "'\tTab,'-plain\n"
                + "Kertas HVS A4,52500.00\n", w.toString());
    }

    @Test
    void textTableAlignsAndRightAlignsNumbers() {
        Table t = new Table("code", "price");
        t.row("A", new BigDecimal("3100"));
        t.row("BBB", new BigDecimal("121200"));
        StringWriter w = new StringWriter();
        Renderers.text(t, w);
        assertEquals("CODE   PRICE\nA       3100\nBBB   121200\n", w.toString());
    }

    @Test
    void jsonWritesMoneyAsPlainNumbers() {
        StringWriter w = new StringWriter();
        Renderers.json(java.util.Map.of("total", new BigDecimal("8.404983E+6")), w);
        assertEquals("{\n  \"total\" : 8404983\n}\n", w.toString().replace(System.lineSeparator(), "\n"));
    }
}
