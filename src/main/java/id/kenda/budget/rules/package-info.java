/**
 * The budget-line rules, one class per rule id ({@code BudgetRule}: its id, the fields it needs,
 * a check per line, an end step for a rule that keeps state), run in the order of
 * {@code Rules.standard} by the engine in {@code budget.Validator}, on lines parsed once into a
 * {@code ParsedLine}. To add a rule: its id and severity in {@code budget.Rule}, a class here,
 * its place in {@code Rules.standard}, a row in the README's rule table ({@code RuleTableTest}
 * holds the three together) and its tests in {@code ValidatorRulesTest}.
 */
package id.kenda.budget.rules;
