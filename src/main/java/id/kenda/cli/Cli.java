package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.domain.Visible;
import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds the command line, installs the one error handler, runs, and returns the exit code. */
public final class Cli {
    private Cli() {
    }

    /** The real process: stdout buffered and checked for write failures, stderr unbuffered. */
    public static int runProcess(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        id.kenda.core.Interrupts.install();
        int code = run(args, System.getenv(), out, err, Terminal.detect());
        int signal = id.kenda.core.Interrupts.stoppedBy();
        return signal != 0 ? signal : code;
    }

    /** The whole command tree: for help, completions and the tests that walk it. */
    public static CommandLine commandLine() {
        return configured(CommandTree.whole());
    }

    static CommandLine configured(CommandLine cmd) {
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setAbbreviatedOptionsAllowed(false);
        cmd.setUsageHelpLongOptionsMaxWidth(28);
        addHelpOptions(cmd);
        return cmd;
    }

    /** Every command gets -h and -V (the root's own are not inherited with its header and footer). */
    private static void addHelpOptions(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            sub.getCommandSpec().versionProvider(new VersionProvider());
            addHelpOptions(sub);
        }
    }

    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter rawErr, Terminal terminal) {
        // stderr is read by people: invisible characters in a message are shown as <U+200B>
        PrintWriter err = Visible.writer(rawErr, true);
        // only the commands the arguments name are built (see CommandTree)
        CommandLine cmd = configured(CommandTree.forArgs(args));
        KendaCommand root = cmd.getCommand();
        root.bind(env, out, err, terminal, commandText(args));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        Logs.configure(false, err);
        int code;
        try {
            code = cmd.execute(args);
        } catch (RuntimeException | Error e) {
            code = new ErrorHandler().report(e, err, root);
        }
        out.flush();
        if (out.checkError() && code != ExitCode.IO) {
            err.println("kenda: error: cannot write to standard output (closed pipe or full disk)");
            code = ExitCode.IO;
        }
        err.flush();
        return code;
    }

    /** The command line for the audit trail and lock messages, secret-bearing values masked. */
    static String commandText(String[] args) {
        StringBuilder sb = new StringBuilder("kenda");
        boolean secretNext = false;
        for (String raw : args) {
            String a = secretNext ? "***" : maskSecrets(raw);
            secretNext = raw.startsWith("-") && !raw.contains("=") && SECRET_OPTION.matcher(raw).find();
            sb.append(' ').append(a.contains(" ") ? "'" + a + "'" : a);
            if (sb.length() > 300) {
                sb.setLength(300);
                sb.append("...");
                break;
            }
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern SECRET_OPTION = java.util.regex.Pattern.compile("(?i)^--?[\\w-]*(password|secret|token|passwd)");
    private static final java.util.regex.Pattern SECRET_IN_URL = java.util.regex.Pattern.compile("(?i)((?:[?&;]password=)|(?://[^/@:]*:))([^&;@/]*)");

    /** "--password=x" is "--password=***"; a URL's password (user:pw@, password=pw) is "***". */
    static String maskSecrets(String arg) {
        if (arg.startsWith("-") && arg.contains("=") && SECRET_OPTION.matcher(arg.substring(0, arg.indexOf('='))).find()) {
            return arg.substring(0, arg.indexOf('=') + 1) + "***";
        }
        java.util.regex.Matcher m = SECRET_IN_URL.matcher(arg);
        if (!m.find()) {
            return arg;
        }
        StringBuilder out = new StringBuilder();
        do {
            boolean userInfo = m.group(1).startsWith("//");
            // "//host:5432/db" has a port, not a password: only mask when an @ closes the user part
            if (userInfo && arg.indexOf('@', m.end()) != m.end()) {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + "***"));
            }
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Unknown options, bad values, missing arguments: one line, a hint, exit 64. */
    static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String message = ex.getMessage() == null ? "invalid arguments" : ex.getMessage().lines().findFirst().orElse("");
            String typo = ex instanceof CommandLine.MissingParameterException ? unknownOption(cmd, args) : null;
            if (typo != null) {
                // a mistyped required option (--perod) is reported as what it is, not as a missing --period
                err.println("kenda: unknown option '" + typo + "' for '" + cmd.getCommandSpec().qualifiedName() + "'");
                String near = OptionNames.nearest(typo, cmd.getCommandSpec());
                if (near != null) {
                    err.println("  did you mean: " + near + "?");
                }
                err.println("  try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage");
                err.flush();
                return ExitCode.USAGE;
            }
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
                String first = u.getUnmatched().get(0);
                if (u.isUnknownOption()) {
                    message = "unknown option '" + first + "' for '" + cmd.getCommandSpec().qualifiedName() + "'";
                } else if (!cmd.getSubcommands().isEmpty()) {
                    message = "unknown command '" + first + "' for '" + cmd.getCommandSpec().qualifiedName() + "'";
                } else {
                    message = "unexpected argument '" + first + "' for '" + cmd.getCommandSpec().qualifiedName() + "'";
                }
            }
            err.println("kenda: " + message);
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                err.println("  did you mean: " + u.getSuggestions().get(0) + "?");
            }
            err.println("  try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage");
            err.flush();
            return ExitCode.USAGE;
        }
    }

    /** The first argument that looks like an option the command does not have, or null. */
    private static String unknownOption(CommandLine cmd, String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return null;
            }
            if (a.startsWith("-") && a.length() > 1 && !Character.isDigit(a.charAt(1))) {
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (cmd.getCommandSpec().findOption(name) == null && !cmd.getCommandSpec().root().optionsMap().containsKey(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Every failure of a running command becomes one line on stderr and a documented exit code. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            KendaCommand root = (KendaCommand) cmd.getCommandSpec().root().userObject();
            return report(ex, cmd.getErr(), root);
        }

        int report(Throwable ex, PrintWriter err, KendaCommand root) {
            boolean verbose;
            try {
                verbose = root.console().verbose();
            } catch (RuntimeException e) {
                verbose = false;
            }
            KendaException k = Failures.classify(ex);
            err.println("kenda: error: " + k.getMessage());
            if (k.hint() != null) {
                err.println("  hint: " + k.hint());
            }
            if (verbose) {
                ex.printStackTrace(err);
            } else if (k.exitCode() == ExitCode.SOFTWARE) {
                err.println("  (this is a bug in kenda: run again with -v for the stack trace and report it)");
            }
            err.flush();
            return k.exitCode();
        }
    }
}
