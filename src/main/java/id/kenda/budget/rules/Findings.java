package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;

/**
 * Where rules report: the engine counts every finding, keeps one per rule and line, and caps what
 * it lists. The message is a {@link Text} ({@code msg.KEY} in the report catalogue): English in
 * JSON, CSV and terminals, the report's language in HTML pages and workbooks.
 */
public interface Findings {
    /** {@code expected} is a value from the data (a String) or a description said in the report's language (a Text). */
    void add(ParsedLine line, Rule rule, String field, String value, Object expected, Text message);
}
