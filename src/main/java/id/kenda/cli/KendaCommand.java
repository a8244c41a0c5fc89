package id.kenda.cli;

import id.kenda.cli.db.DbCommand;
import id.kenda.cli.tenant.TenantCommand;
import id.kenda.cli.ssh.SshCommand;
import id.kenda.cli.budget.BudgetCommand;
import id.kenda.cli.control.ControlCommand;
import id.kenda.cli.control.RealizationCommand;
import id.kenda.core.Durations;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.core.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The root command: global options (each also read from a {@code KENDA_*} variable) and the
 * list of nouns. Options are inherited by every subcommand, so they may stand anywhere.
 */
@Command(name = "kenda", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, usageHelpAutoWidth = true, sortOptions = false,
        header = "Administration toolkit for regional budgets: SSH price lists, budget validation, E-Kenda control, tenants.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {TenantCommand.class, SshCommand.class, BudgetCommand.class, RealizationCommand.class, ControlCommand.class, DbCommand.class, DoctorCommand.class, CompletionCommand.class, DemoCommand.class},
        footerHeading = "%n",
        footer = {
            "Environment: KENDA_HOME, KENDA_DB_URL, KENDA_TENANT, KENDA_OUTPUT, KENDA_WAIT, KENDA_QUIET, KENDA_VERBOSE,",
            "  KENDA_NO_PROGRESS stand in for the options; KENDA_DB_USER, KENDA_DB_PASSWORD or KENDA_DB_PASSWORD_FILE",
            "  give PostgreSQL credentials (never put a password on the command line); NO_COLOR turns colour off.",
            "",
            "Exit codes: 0 success or no-op; 1 findings at or above --fail-on; 2 changes pending (--dry-run",
            "  --detailed-exitcode); 64 usage; 65 bad input data; 66 input file missing; 69 database unreachable;",
            "  70 internal error; 73 cannot create output; 74 I/O error; 75 busy (lock held), retry later;",
            "  77 permission denied; 78 configuration error."
        })
public final class KendaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    private Map<String, String> env = Map.of();
    private PrintWriter out;
    private PrintWriter err;
    private Terminal terminal = Terminal.NONE;
    private String commandLine = "kenda";
    private Console console;
    private Settings settings;

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT, order = 1,
            description = "kenda home: embedded database, tenant specs (env KENDA_HOME; default ~/.kenda)")
    private Path home;

    @Option(names = "--db", paramLabel = "URL", scope = ScopeType.INHERIT, order = 2,
            description = "database JDBC URL, e.g. jdbc:postgresql://host/kenda (env KENDA_DB_URL; default: embedded H2 in the home)")
    private String db;

    @Option(names = {"-t", "--tenant"}, paramLabel = "CODE", scope = ScopeType.INHERIT, order = 3,
            description = "region code of the tenant to act on, e.g. 35.79 (env KENDA_TENANT)")
    private String tenant;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", scope = ScopeType.INHERIT, order = 4,
            description = "result format on stdout: ${COMPLETION-CANDIDATES} (env KENDA_OUTPUT; default text)")
    private OutputFormat output;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, order = 5,
            description = "no notices on stderr; results and errors still appear (env KENDA_QUIET=1)")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, order = 6,
            description = "more detail on stderr, stack traces on errors (env KENDA_VERBOSE=1)")
    private boolean verbose;

    @Option(names = "--wait", paramLabel = "DURATION", scope = ScopeType.INHERIT, order = 7,
            description = "wait this long for another run's lock, e.g. 30s, 5m (env KENDA_WAIT; default 0: exit 75 at once)")
    private String waitText;

    @Option(names = "--no-progress", scope = ScopeType.INHERIT, order = 8,
            description = "no progress display even on a terminal (env KENDA_NO_PROGRESS=1)")
    private boolean noProgress;

    void bind(Map<String, String> env, PrintWriter out, PrintWriter err, Terminal terminal, String commandLine) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.commandLine = commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    public Map<String, String> env() {
        return env;
    }

    /** True when {@code --home} was given on the command line (the demo uses only an explicit home). */
    public Path explicitHome() {
        return home;
    }

    public boolean explicitDb() {
        return db != null;
    }

    public Console console() {
        if (console == null) {
            OutputFormat f = output;
            if (f == null) {
                String e = env.get("KENDA_OUTPUT");
                if (e != null && !e.isBlank()) {
                    try {
                        f = OutputFormat.valueOf(e.trim().toLowerCase(Locale.ROOT));
                    } catch (IllegalArgumentException ex) {
                        throw KendaException.usage("KENDA_OUTPUT='" + e + "' is not an output format", "use text, json or csv");
                    }
                } else {
                    f = OutputFormat.text;
                }
            }
            boolean v = verbose || flag("KENDA_VERBOSE");
            boolean q = quiet || flag("KENDA_QUIET");
            boolean noColor = env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty() || "dumb".equals(env.get("TERM"));
            boolean progress = terminal.stderrTty() && !noProgress && !flag("KENDA_NO_PROGRESS") && !q;
            console = new Console(out, err, f, q, v, terminal.stdoutTty() && !noColor, progress);
            Logs.configure(v, err);
        }
        return console;
    }

    public Settings settings() {
        if (settings == null) {
            Path h = home;
            if (h == null) {
                String e = env.get("KENDA_HOME");
                h = e != null && !e.isBlank() ? Path.of(e) : Path.of(System.getProperty("user.home"), ".kenda");
            }
            String url = db != null ? db : blankToNull(env.get("KENDA_DB_URL"));
            String t = tenant != null ? tenant : blankToNull(env.get("KENDA_TENANT"));
            String w = waitText != null ? waitText : blankToNull(env.get("KENDA_WAIT"));
            Duration wait;
            try {
                wait = w == null ? Duration.ZERO : Durations.parse(w);
            } catch (IllegalArgumentException e) {
                throw KendaException.usage("invalid --wait: " + e.getMessage(), null);
            }
            settings = new Settings(h.toAbsolutePath().normalize(), url, t, wait, env, commandLine);
        }
        return settings;
    }

    /** The same settings with another home and the embedded database: for the demo. */
    public void overrideHome(Path newHome, boolean keepDb) {
        Settings s = settings();
        settings = new Settings(newHome.toAbsolutePath().normalize(), keepDb ? s.dbUrl() : null, s.tenant(), s.lockWait(), s.env(), s.command());
    }

    private boolean flag(String name) {
        String v = env.get(name);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
