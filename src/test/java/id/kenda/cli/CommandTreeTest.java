package id.kenda.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run builds only the commands its arguments name; what it parses, refuses, suggests and prints
 * as help must be what the whole tree would: every argument vector here goes through both.
 */
class CommandTreeTest {

    /** Every leaf's path, with arguments placed where people and scripts place them. */
    static List<String[]> cases() {
        List<String[]> out = new ArrayList<>();
        List<List<String>> leaves = new ArrayList<>();
        walk(Cli.commandLine(), new ArrayList<>(), leaves);
        assertTrue(leaves.size() >= 34, () -> leaves.size() + " leaves");
        for (List<String> path : leaves) {
            out.add(join(path, "--help"));
            out.add(join(List.of("-t", "35.15", "--home", "/tmp/x"), path, "-o", "json", "--wait", "5s"));
            out.add(join(List.of("--tenant=35.15", "-q"), path, "--no-such-option"));
            out.add(join(path.subList(0, path.size() - 1), path.get(path.size() - 1) + "x"));
            out.add(join(List.of("-qv"), path));
            out.add(join(List.of("--"), path));
        }
        for (String line : new String[] {"", "-h", "--version", "tenant", "tenant -h", "bogus", "-t tenant show 35.15", "runs --since 7d",
            "runs --since 7d show 3", "runs show 3 -t 35.15", "control summary --period 2026-06 --level skpd --fail-on red,missing",
            "ssh import a.csv b.csv --year 2026 --dry-run", "-o", "--home", "-", "tenant - show", "-h tenant list", "--help ssh import",
            "tenant -h show", "-V tenant list", "--home demo tenant list", "--home=config db status", "-t doctor tenant show",
            "tenant --home show list", "ssh --wait=import import a.csv --year 2026"}) {
            out.add(line.isEmpty() ? new String[0] : line.split(" "));
        }
        return out;
    }

    @Test
    void aRunParsesRefusesAndHelpsAsTheWholeTreeWould() {
        for (String[] args : cases()) {
            assertEquals(outcome(Cli.configured(CommandTree.whole()), args), outcome(Cli.configured(CommandTree.forArgs(args)), args),
                    () -> String.join(" ", args));
        }
    }

    @Test
    void aLeafCommandBuildsOnlyItsBranch() {
        CommandLine root = CommandTree.forArgs(new String[] {"-t", "35.15", "control", "summary", "--period", "2026-06"});
        assertEquals(List.of("control"), List.copyOf(root.getSubcommands().keySet()));
        assertEquals(List.of("summary"), List.copyOf(root.getSubcommands().get("control").getSubcommands().keySet()));
        assertEquals(12, CommandTree.forArgs(new String[] {"-t", "35.15"}).getSubcommands().size(), "no command named: the whole tree");
        assertEquals(6, CommandTree.forArgs(new String[] {"tenant"}).getSubcommands().get("tenant").getSubcommands().size(), "a bare noun lists its verbs");
    }

    /** What picocli makes of the arguments: each command matched with its options and parameters, its usage text, or the refusal. */
    static String outcome(CommandLine cmd, String[] args) {
        StringBuilder sb = new StringBuilder();
        try {
            ParseResult pr = cmd.parseArgs(args);
            for (ParseResult p = pr; p != null; p = p.subcommand()) {
                sb.append(p.commandSpec().qualifiedName()).append(':');
                for (OptionSpec o : p.matchedOptions()) {
                    sb.append(' ').append(o.longestName()).append('=').append(String.valueOf((Object) o.getValue()));
                }
                for (PositionalParamSpec pp : p.matchedPositionals()) {
                    sb.append(' ').append(pp.paramLabel()).append('=').append(String.valueOf((Object) pp.getValue()));
                }
                sb.append(" unmatched=").append(p.unmatched()).append('\n');
                if (p.isUsageHelpRequested()) {
                    sb.append("help asked here:\n").append(p.commandSpec().commandLine().getUsageMessage());
                }
                if (p.subcommand() == null) {
                    sb.append(p.commandSpec().commandLine().getUsageMessage());
                }
            }
        } catch (CommandLine.ParameterException e) {
            sb.append("refused: ").append(e.getMessage()).append(" at ").append(e.getCommandLine().getCommandSpec().qualifiedName());
            if (e instanceof CommandLine.UnmatchedArgumentException u) {
                sb.append(" suggestions ").append(u.getSuggestions());
            }
            sb.append('\n').append(e.getCommandLine().getUsageMessage());
        }
        return sb.toString();
    }

    private static void walk(CommandLine cmd, List<String> path, List<List<String>> leaves) {
        Map<String, CommandLine> subs = cmd.getSubcommands();
        if (subs.isEmpty()) {
            leaves.add(List.copyOf(path));
        }
        for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            walk(e.getValue(), p, leaves);
        }
    }

    private static String[] join(List<String> path, String... more) {
        List<String> all = new ArrayList<>(path);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static String[] join(List<String> before, List<String> path, String... more) {
        List<String> all = new ArrayList<>(before);
        all.addAll(path);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
