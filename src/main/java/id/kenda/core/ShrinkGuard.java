package id.kenda.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stops an import that would shrink what is active by more than a share, the mark of the wrong
 * file (a 4-item list replacing a 300,000-item SSH). The import is refused (exit 65) before
 * anything is activated; {@code --max-removed PCT} raises the share, {@code --allow-shrink} turns
 * the guard off.
 */
public record ShrinkGuard(BigDecimal maxRemovedPct, boolean allowShrink) {
    public static final BigDecimal DEFAULT_MAX_REMOVED = BigDecimal.valueOf(20);
    /** The guard as it stands when no option is given. */
    public static final ShrinkGuard DEFAULT = new ShrinkGuard(DEFAULT_MAX_REMOVED, false);

    public ShrinkGuard {
        if (maxRemovedPct == null || maxRemovedPct.signum() < 0 || maxRemovedPct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw KendaException.usage("--max-removed " + (maxRemovedPct == null ? "" : maxRemovedPct.toPlainString())
                    + " is not a percentage from 0 to 100", "e.g. --max-removed 50");
        }
    }

    /**
     * Refuses when {@code removed} of the {@code active} count (items, lines, sub kegiatan) is more
     * than the allowed share. {@code plan} says what the import would do, for the message.
     */
    public void checkRemoved(String what, long active, long removed, String plan) {
        if (allowShrink || active <= 0 || removed <= 0) {
            return;
        }
        BigDecimal share = BigDecimal.valueOf(removed).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP);
        if (exceeds(removed, active)) {
            throw refusal("the new revision would remove " + removed + " of the active revision's " + active + " " + what + " (" + share.toPlainString()
                    + " %, more than --max-removed " + maxRemovedPct.stripTrailingZeros().toPlainString() + " %)" + (plan == null ? "" : ": " + plan));
        }
    }

    /** Refuses when a total (rupiah) would fall by more than the allowed share. */
    public void checkTotal(String what, BigDecimal active, BigDecimal next) {
        if (allowShrink || active == null || next == null || active.signum() <= 0 || next.compareTo(active) >= 0) {
            return;
        }
        BigDecimal drop = active.subtract(next);
        BigDecimal share = drop.multiply(BigDecimal.valueOf(100)).divide(active, 1, RoundingMode.HALF_UP);
        if (drop.multiply(BigDecimal.valueOf(100)).compareTo(active.multiply(maxRemovedPct)) > 0) {
            throw refusal("the new revision's " + what + " " + next.stripTrailingZeros().toPlainString() + " is " + share.toPlainString()
                    + " % below the active revision's " + active.stripTrailingZeros().toPlainString() + " (more than --max-removed "
                    + maxRemovedPct.stripTrailingZeros().toPlainString() + " %)");
        }
    }

    private boolean exceeds(long removed, long active) {
        return BigDecimal.valueOf(removed).multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(active).multiply(maxRemovedPct)) > 0;
    }

    private static KendaException refusal(String message) {
        return new KendaException(ExitCode.DATA, message + "; nothing was imported",
                "check that this is the right file; to replace the active revision anyway pass --max-removed 100 or --allow-shrink");
    }
}
