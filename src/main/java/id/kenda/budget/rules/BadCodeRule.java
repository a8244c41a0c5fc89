package id.kenda.budget.rules;

import id.kenda.budget.Rule;

/** {@code bad-code}: a malformed sub kegiatan, account (6 segments) or SKPD (8 segments) code; the first one found. */
public final class BadCodeRule extends BaseRule {
    public BadCodeRule() {
        super(Rule.BAD_CODE);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        ParsedLine.CodeProblem p = l.codeProblem();
        if (p != null) {
            out.add(l, Rule.BAD_CODE, p.field(), p.value(), p.expected(), p.message());
        }
    }
}
