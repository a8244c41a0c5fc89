package id.kenda.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.kenda.io.AmountException;
import id.kenda.io.Amounts;
import id.kenda.io.NumberFormat;

import java.math.BigDecimal;

/**
 * The amount parser takes any text: it returns a number or an AmountException, nothing else.
 * Regression mode replays the inputs beside this class; {@code JAZZER_FUZZ=1 mvn test -Dtest=AmountsFuzzTest} fuzzes.
 */
class AmountsFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void onlyAmountErrors(FuzzedDataProvider data) {
        NumberFormat f = data.pickValue(new NumberFormat[] {NumberFormat.id, NumberFormat.en});
        boolean forced = data.consumeBoolean();
        boolean scientific = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        Amounts.evidence(text);
        try {
            BigDecimal v = Amounts.parse(text, f, forced, scientific);
            if (v == null) {
                throw new IllegalStateException("null amount for '" + text + "'");
            }
        } catch (AmountException expected) {
            // junk is an error, not a guess
        }
    }
}
