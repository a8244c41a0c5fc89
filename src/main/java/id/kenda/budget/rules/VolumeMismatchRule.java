package id.kenda.budget.rules;

import id.kenda.budget.Rule;
import id.kenda.core.Text;
import java.math.BigDecimal;

/**
 * {@code volume-mismatch}: the koefisien cannot be read, the volume cannot be read, the koefisien's
 * factors do not multiply to the volume, or the volume is missing or not positive.
 */
public final class VolumeMismatchRule extends BaseRule {
    public VolumeMismatchRule() {
        super(Rule.VOLUME_MISMATCH);
    }

    @Override
    public void check(ParsedLine l, Findings out) {
        if (l.koefisienText() != null && l.koefisien() == null) {
            out.add(l, Rule.VOLUME_MISMATCH, "koefisien", l.koefisienText(), Text.of("expected.koefisien"),
                    Text.of("koefisien.unreadable", l.koefisienText()));
            return;
        }
        if (l.volumeProblem() != null) {
            out.add(l, Rule.VOLUME_MISMATCH, "volume", l.volumeText(), Text.of("expected.number"), Text.of("volume.problem", l.volumeProblem()));
            return;
        }
        BigDecimal given = l.volumeGiven();
        if (l.koefisien() != null && given != null && l.koefisien().volume().compareTo(given) != 0) {
            String product = l.koefisien().volume().stripTrailingZeros().toPlainString();
            out.add(l, Rule.VOLUME_MISMATCH, "volume", given.toPlainString(), product,
                    Text.of("volume.notProduct", given.toPlainString(), l.koefisienText(), product));
            return;
        }
        if (l.volume() == null || l.volume().signum() <= 0) {
            out.add(l, Rule.VOLUME_MISMATCH, "volume", l.volume() == null ? null : l.volume().toPlainString(), Text.of("expected.positiveVolume"),
                    Text.of("volume.missing"));
        }
    }
}
