package id.kenda.cli;

import picocli.CommandLine.Option;

/**
 * A command that changes stored state. Every such command offers {@code --dry-run}, which runs
 * every check, says what it would do (prefixed {@code [dry run]}) and changes nothing; a
 * structural test walks the command tree to hold every such command to that.
 */
public abstract class ChangesState extends BaseCommand {
    @Option(names = "--dry-run", order = 100, description = "run every check and say what would change; change nothing")
    protected boolean dryRun;

    /** Whether this run is a dry run. */
    public boolean dryRun() {
        return dryRun;
    }
}
