package id.kenda.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.kenda.io.AmountException;
import id.kenda.io.Amounts;
import id.kenda.io.NumberFormat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /**
     * Round trip: an amount written in either style (Indonesian 1.234.567,89 or English
     * 1,234,567.89, with or without grouping) parses back to the same value.
     */
    @FuzzTest(maxDuration = "30s")
    void formattedAmountsParseBackToTheSameValue(FuzzedDataProvider data) throws AmountException {
        BigDecimal v = BigDecimal.valueOf(data.consumeLong(-999_999_999_999_999L, 999_999_999_999_999L), data.consumeInt(0, 2));
        boolean indonesian = data.consumeBoolean();
        boolean grouped = data.consumeBoolean();
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
        sym.setGroupingSeparator(indonesian ? '.' : ',');
        sym.setDecimalSeparator(indonesian ? ',' : '.');
        DecimalFormat f = new DecimalFormat(grouped ? "#,##0.##" : "0.##", sym);
        f.setMinimumFractionDigits(v.scale());
        f.setMaximumFractionDigits(v.scale());
        String text = f.format(v);
        BigDecimal back = Amounts.parse(text, indonesian ? NumberFormat.id : NumberFormat.en, true, false);
        if (back.compareTo(v) != 0) {
            throw new IllegalStateException("'" + text + "' (" + (indonesian ? "id" : "en") + ") parsed as " + back + ", not " + v);
        }
    }
}
