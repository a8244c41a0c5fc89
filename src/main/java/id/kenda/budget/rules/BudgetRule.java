package id.kenda.budget.rules;

import id.kenda.budget.Rule;

import java.util.Set;

/**
 * One validation rule: its id and severity ({@link #id()}), the fields it needs usable (the engine
 * skips it on a line where one is not: skip logic declared, not coded), a check per line, and for
 * a rule that keeps state, a step at the end of the input.
 */
public interface BudgetRule {
    /** What a rule may need of a line before it is run on it. */
    enum Needs {
        /** sub kegiatan, account and SKPD codes well formed */
        CODES,
        /** an SSH item matched (the line is priced and not exempt) */
        ITEM,
        /** the line is SSH-priced: not a grant or aid line */
        PRICED,
        /** harga satuan readable */
        PRICE,
        /** the account code well formed */
        ACCOUNT,
        /** a unit on the line (satuan, or the koefisien's units) */
        UNIT
    }

    Rule id();

    Set<Needs> needs();

    void check(ParsedLine line, Findings out);

    /** After the last line (a rule that keeps state reports here). */
    default void end(Findings out) {
    }
}
