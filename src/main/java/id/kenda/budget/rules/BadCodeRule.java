package id.kenda.budget.rules;

import id.kenda.budget.Rule;

import java.util.Set;

/** {@code bad-code}: a malformed sub kegiatan, account (6 segments) or SKPD (8 segments) code; the first one found. */
public final class BadCodeRule implements BudgetRule {
    @Override
    public Rule id() {
        return Rule.BAD_CODE;
    }

    @Override
    public Set<Needs> needs() {
        return Set.of();
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        ParsedLine.CodeProblem p = l.codeProblem();
        if (p != null) {
            out.add(l, Rule.BAD_CODE, p.field(), p.value(), p.expected(), p.message());
        }
    }
}
