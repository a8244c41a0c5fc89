package id.kenda.cli;

import id.kenda.cli.budget.BudgetCommand;
import id.kenda.cli.budget.BudgetDiffCommand;
import id.kenda.cli.budget.BudgetImportCommand;
import id.kenda.cli.budget.BudgetStagesCommand;
import id.kenda.cli.budget.BudgetStructureCommand;
import id.kenda.cli.budget.BudgetValidateCommand;
import id.kenda.cli.config.ConfigCommand;
import id.kenda.cli.config.ConfigShowCommand;
import id.kenda.cli.control.ControlCommand;
import id.kenda.cli.control.ControlCriticalCommand;
import id.kenda.cli.control.ControlSummaryCommand;
import id.kenda.cli.control.RealizationCommand;
import id.kenda.cli.control.RealizationImportCommand;
import id.kenda.cli.db.DbBackupCommand;
import id.kenda.cli.db.DbCommand;
import id.kenda.cli.db.DbMigrateCommand;
import id.kenda.cli.db.DbStatusCommand;
import id.kenda.cli.rak.RakCheckCommand;
import id.kenda.cli.rak.RakCommand;
import id.kenda.cli.rak.RakImportCommand;
import id.kenda.cli.rak.RakSummaryCommand;
import id.kenda.cli.runs.RunsCommand;
import id.kenda.cli.runs.RunsPruneCommand;
import id.kenda.cli.runs.RunsShowCommand;
import id.kenda.cli.ssh.SshCommand;
import id.kenda.cli.ssh.SshCompareCommand;
import id.kenda.cli.ssh.SshDiffCommand;
import id.kenda.cli.ssh.SshDuplicatesCommand;
import id.kenda.cli.ssh.SshExportCommand;
import id.kenda.cli.ssh.SshImportCommand;
import id.kenda.cli.ssh.SshRevisionsCommand;
import id.kenda.cli.ssh.SshSearchCommand;
import id.kenda.cli.ssh.SshShowCommand;
import id.kenda.cli.tenant.TenantCommand;
import id.kenda.cli.tenant.TenantExportCommand;
import id.kenda.cli.tenant.TenantListCommand;
import id.kenda.cli.tenant.TenantProvisionCommand;
import id.kenda.cli.tenant.TenantRemoveCommand;
import id.kenda.cli.tenant.TenantShowCommand;
import id.kenda.cli.tenant.TenantValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The command tree: each noun's verbs, in the order help lists them. This is where a command is
 * registered (picocli's {@code subcommands} attribute is not used, because it builds every
 * command of the tree, by reflection, on every run: about a third of a database command's start-up).
 *
 * <p>A run builds the root, then only the commands its arguments name, level by level, reading
 * each level's options to skip their values; where the arguments stop naming commands (a leaf, a
 * bare noun, an unknown word, an option it cannot size) that command's whole subtree is built. So
 * a parse, its errors and its help are those of the whole tree: every command on the path and
 * everything picocli could list or suggest from there is present.
 */
final class CommandTree {
    private static final Map<Class<?>, List<Class<?>>> VERBS = Map.ofEntries(
            entry(KendaCommand.class, List.of(TenantCommand.class, SshCommand.class, BudgetCommand.class, RakCommand.class, RealizationCommand.class,
                    ControlCommand.class, DbCommand.class, RunsCommand.class, ConfigCommand.class, DoctorCommand.class, CompletionCommand.class,
                    DemoCommand.class)),
            entry(TenantCommand.class, List.of(TenantProvisionCommand.class, TenantRemoveCommand.class, TenantListCommand.class, TenantShowCommand.class,
                    TenantExportCommand.class, TenantValidateCommand.class)),
            entry(SshCommand.class, List.of(SshImportCommand.class, SshRevisionsCommand.class, SshShowCommand.class, SshSearchCommand.class,
                    SshDiffCommand.class, SshDuplicatesCommand.class, SshExportCommand.class, SshCompareCommand.class)),
            entry(BudgetCommand.class, List.of(BudgetValidateCommand.class, BudgetImportCommand.class, BudgetStagesCommand.class, BudgetDiffCommand.class,
                    BudgetStructureCommand.class)),
            entry(RakCommand.class, List.of(RakImportCommand.class, RakCheckCommand.class, RakSummaryCommand.class)),
            entry(RealizationCommand.class, List.of(RealizationImportCommand.class)),
            entry(ControlCommand.class, List.of(ControlSummaryCommand.class, ControlCriticalCommand.class)),
            entry(DbCommand.class, List.of(DbMigrateCommand.class, DbStatusCommand.class, DbBackupCommand.class)),
            entry(RunsCommand.class, List.of(RunsShowCommand.class, RunsPruneCommand.class)),
            entry(ConfigCommand.class, List.of(ConfigShowCommand.class)));

    private CommandTree() {
    }

    /** Every command: for help, completions and the tests that walk the tree. */
    static CommandLine whole() {
        CommandLine root = new CommandLine(new KendaCommand());
        addAll(root, KendaCommand.class);
        return root;
    }

    /** The root and the branch {@code args} name (see the class comment). */
    static CommandLine forArgs(String[] args) {
        CommandLine root = new CommandLine(new KendaCommand());
        CommandLine at = root;
        Class<?> type = KendaCommand.class;
        int i = 0;
        while (VERBS.containsKey(type)) {
            i = nextWord(at, type, args, i);
            Class<?> verb = i < 0 ? null : verb(type, args[i]);
            if (verb == null) {
                break;
            }
            CommandLine sub = new CommandLine(create(verb));
            at.addSubcommand(sub);
            at = sub;
            type = verb;
            i++;
        }
        addAll(at, type);
        return root;
    }

    /** The index of the first argument from {@code i} that is not an option or its value; -1 when none, or at an option it cannot size. */
    private static int nextWord(CommandLine at, Class<?> type, String[] args, int i) {
        while (i < args.length) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) {
                return i;
            }
            if (a.equals("--")) {
                return -1;
            }
            int eq = a.indexOf('=');
            OptionSpec o = at.getCommandSpec().findOption(eq > 0 ? a.substring(0, eq) : a);
            if (o == null || o.usageHelp() || o.versionHelp()) {
                // clustered short options, an attached value, a typo: picocli decides, with the whole
                // subtree; help asked before a verb is the help of this level, listing every verb
                return -1;
            }
            if (eq > 0 || o.arity().max() == 0) {
                // picocli refuses a value that is the name of a verb here (--home=tenant): so must this tree
                if (eq > 0 && verb(type, a.substring(eq + 1)) != null) {
                    return -1;
                }
                i++;
            } else if (o.arity().min() == 1 && o.arity().max() == 1) {
                if (i + 1 < args.length && verb(type, args[i + 1]) != null) {
                    return -1;
                }
                i += 2;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static Class<?> verb(Class<?> group, String word) {
        for (Class<?> c : VERBS.get(group)) {
            if (c.getAnnotation(Command.class).name().equals(word)) {
                return c;
            }
        }
        return null;
    }

    private static void addAll(CommandLine at, Class<?> type) {
        for (Class<?> verb : VERBS.getOrDefault(type, List.of())) {
            CommandLine sub = new CommandLine(create(verb));
            at.addSubcommand(sub);
            addAll(sub, verb);
        }
    }

    private static Object create(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the command " + type.getName(), e);
        }
    }
}
