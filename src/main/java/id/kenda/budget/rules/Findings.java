package id.kenda.budget.rules;

import id.kenda.budget.Rule;

/** Where rules report: the engine counts every finding, keeps one per rule and line, and caps what it lists. */
public interface Findings {
    void add(ParsedLine line, Rule rule, String field, String value, String expected, String message);
}
