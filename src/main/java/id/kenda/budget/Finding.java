package id.kenda.budget;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One finding on one budget line: where (physical line), which rule, the field, the value found
 * and the value expected, and a message a budget officer understands; then the line's account,
 * item code and item name as the file wrote them, so a verifier can sort and filter by them.
 */
@JsonPropertyOrder({"line", "rule", "severity", "message", "field", "value", "expected", "skpd", "subKegiatan", "account", "item", "itemName"})
public record Finding(int line, String rule, String severity, String message, String field, String value, String expected,
                      String skpd, String subKegiatan, String account, String item, String itemName) {

    static Finding of(int line, Rule rule, String field, String value, String expected, String message, String skpd, String subKegiatan,
                      String account, String item, String itemName) {
        return new Finding(line, rule.id, rule.severity.id(), message, field, value, expected, skpd, subKegiatan, account, item, itemName);
    }
}
