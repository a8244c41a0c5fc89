package id.kenda.budget.rules;

import id.kenda.budget.Rule;

import java.util.EnumSet;
import java.util.Set;

/** A rule's id and the fields it needs, given once in its constructor. */
abstract class BaseRule implements BudgetRule {
    private final Rule id;
    private final Set<Needs> needs;

    BaseRule(Rule id, Needs... needs) {
        this.id = id;
        this.needs = needs.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(needs[0], needs));
    }

    @Override
    public final Rule id() {
        return id;
    }

    @Override
    public final Set<Needs> needs() {
        return needs;
    }
}
