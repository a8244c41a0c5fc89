package id.kenda.cli;

import id.kenda.core.ShrinkGuard;
import picocli.CommandLine.Option;

import java.math.BigDecimal;

/** The guard against an import that would shrink the active revision (a picocli mixin). */
public final class ShrinkOptions {
    @Option(names = "--max-removed", paramLabel = "PCT", defaultValue = "20",
            description = "refuse (65) when the new revision would remove more than PCT %% of the active one (default ${DEFAULT-VALUE})")
    BigDecimal maxRemoved;

    @Option(names = "--allow-shrink", description = "replace the active revision however much smaller the new one is")
    boolean allowShrink;

    public ShrinkGuard guard() {
        return new ShrinkGuard(maxRemoved == null ? ShrinkGuard.DEFAULT_MAX_REMOVED : maxRemoved, allowShrink);
    }
}
