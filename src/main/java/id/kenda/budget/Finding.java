package id.kenda.budget;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One finding on one budget line: where (physical line), which rule, the field, the value found
 * and the value expected, and a message a budget officer understands.
 */
@JsonPropertyOrder({"line", "rule", "severity", "message", "field", "value", "expected", "skpd", "subKegiatan"})
public record Finding(int line, String rule, String severity, String message, String field, String value, String expected,
                      String skpd, String subKegiatan) {

    static Finding of(int line, Rule rule, String field, String value, String expected, String message, String skpd, String subKegiatan) {
        return new Finding(line, rule.id, rule.severity.id(), message, field, value, expected, skpd, subKegiatan);
    }
}
