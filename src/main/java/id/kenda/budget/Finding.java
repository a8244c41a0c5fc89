package id.kenda.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.core.Text;
import id.kenda.report.Labels;

/**
 * One finding on one budget line: where (physical line), which rule, the field, the value found
 * and the value expected, and a message a budget officer understands; then the line's account,
 * item code and item name as the file wrote them, so a verifier can sort and filter by them.
 */
@JsonPropertyOrder({"line", "rule", "severity", "message", "field", "value", "expected", "skpd", "subKegiatan", "account", "item", "itemName"})
public record Finding(int line, String rule, String severity, String message, String field, String value, String expected,
                      String skpd, String subKegiatan, String account, String item, String itemName, @JsonIgnore Text text,
                      @JsonIgnore Text expectedText) {

    /** The English of every message, as JSON, CSV and terminals show it. */
    private static final Labels ENGLISH = Labels.of(Labels.Lang.en);

    static Finding of(int line, Rule rule, String field, String value, Object expected, Text message, String skpd, String subKegiatan,
                      String account, String item, String itemName) {
        Text described = expected instanceof Text t ? t : null;
        String exp = described != null ? ENGLISH.text(described) : (String) expected;
        return new Finding(line, rule.id, rule.severity.id(), ENGLISH.text(message), field, value, exp, skpd, subKegiatan, account, item,
                itemName, message, described);
    }

    /** The expected value in a report's language (a description is translated, a value from the data is not). */
    public String expected(Labels l) {
        return expectedText == null ? expected : l.text(expectedText);
    }

    /** The message in a report's language. */
    public String message(Labels l) {
        return text == null ? message : l.text(text);
    }
}
