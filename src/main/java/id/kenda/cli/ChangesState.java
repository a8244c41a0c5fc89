package id.kenda.cli;

/**
 * Marks a command that changes stored state. Every such command offers {@code --dry-run}, which
 * runs every check, says what it would do (prefixed {@code [dry run]}) and changes nothing;
 * a structural test walks the command tree to hold every marked command to that.
 */
public interface ChangesState {
    /** Whether this run is a dry run. */
    boolean dryRun();
}
