package id.kenda.cli;

import id.kenda.core.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", description = {
    "Print a shell completion script.",
    "bash: source <(kenda completion bash)   zsh: source <(kenda completion zsh)",
    "fish: kenda completion fish > ~/.config/fish/completions/kenda.fish"})
public final class CompletionCommand extends BaseCommand {

    /** The shells kenda completes in. */
    public enum Shell { bash, zsh, fish }

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    protected int run() {
        console().out().print(script(shell));
        console().checkOut();
        return ExitCode.OK;
    }

    /** The script for a shell, generated from the command tree: the files in completions/ are exactly this. */
    public static String script(Shell shell) {
        CommandLine cmd = Cli.commandLine();
        return switch (shell) {
            case bash -> AutoComplete.bash("kenda", cmd);
            case zsh -> "#compdef kenda\n# zsh completion for kenda: load with  source <(kenda completion zsh)\n"
                    + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
                    + AutoComplete.bash("kenda", cmd);
            case fish -> FishCompletion.generate(cmd);
        };
    }
}
