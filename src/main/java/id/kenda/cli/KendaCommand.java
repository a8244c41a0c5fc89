package id.kenda.cli;

import id.kenda.core.ConfigFile;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The root command: global options (each also read from a {@code KENDA_*} variable); its nouns
 * are registered in {@link CommandTree}. Options are inherited by every subcommand, so they may stand anywhere.
 */
@Command(name = "kenda", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, usageHelpAutoWidth = true, sortOptions = false,
        header = "Administration toolkit for regional budgets: SSH price lists, budget validation, E-Kenda control, tenants.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n",
        footer = {
            "Environment: KENDA_HOME, KENDA_DB_URL, KENDA_TENANT, KENDA_OUTPUT, KENDA_WAIT, KENDA_QUIET, KENDA_VERBOSE,",
            "  KENDA_NO_PROGRESS stand in for the options; KENDA_DB_USER, KENDA_DB_PASSWORD or KENDA_DB_PASSWORD_FILE",
            "  give PostgreSQL credentials (never put a password on the command line); NO_COLOR turns colour off.",
            "  $KENDA_HOME/config.yaml sets defaults below both (db, user, password reference, tenant, output, wait, lang);",
            "  'kenda config show' prints each effective setting and where it came from.",
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
    private ConfigFile config;

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
                String e = blankToNull(env.get("KENDA_OUTPUT"));
                String where = "KENDA_OUTPUT";
                if (e == null && configQuietly() != null && configQuietly().get("output") != null) {
                    e = configQuietly().get("output");
                    where = "output in " + configQuietly().origin("output");
                }
                if (e != null) {
                    try {
                        f = OutputFormat.valueOf(e.trim().toLowerCase(Locale.ROOT));
                    } catch (IllegalArgumentException ex) {
                        throw KendaException.usage(where + "='" + e + "' is not an output format", "use text, json or csv");
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

    /** One effective setting and where it came from, for {@code kenda config show}. */
    public record Effective(String name, String value, String origin) {
    }

    /** The home: --home, else KENDA_HOME, else ~/.kenda (never from the config file, which lives in it). */
    private Path resolveHome() {
        if (home != null) {
            return home;
        }
        String e = env.get("KENDA_HOME");
        return e != null && !e.isBlank() ? Path.of(e) : Path.of(System.getProperty("user.home"), ".kenda");
    }

    /** The home's config.yaml (empty when there is none); a broken one stops every command with 78. */
    public ConfigFile config() {
        if (config == null) {
            config = ConfigFile.load(resolveHome().toAbsolutePath().normalize());
        }
        return config;
    }

    /** The config for the output format, which must be known before an error about the config can be shown. */
    private ConfigFile configQuietly() {
        try {
            return config();
        } catch (KendaException e) {
            return null;
        }
    }

    /** Every setting with its value and origin: flag > environment > config file > built-in. */
    public List<Effective> effective() {
        ConfigFile c = config();
        List<Effective> out = new ArrayList<>();
        out.add(new Effective("home", resolveHome().toAbsolutePath().normalize().toString(), home != null ? "flag --home" : blankToNull(env.get("KENDA_HOME")) != null ? "env KENDA_HOME" : "default"));
        out.add(pick("db", db, "--db", "KENDA_DB_URL", c, "embedded H2 in the home"));
        out.add(pick("user", null, null, "KENDA_DB_USER", c, null));
        out.add(blankToNull(env.get("KENDA_DB_PASSWORD")) != null ? new Effective("password", "(set, not shown)", "env KENDA_DB_PASSWORD")
                : blankToNull(env.get("KENDA_DB_PASSWORD_FILE")) != null ? new Effective("password", "${file:" + env.get("KENDA_DB_PASSWORD_FILE") + "}", "env KENDA_DB_PASSWORD_FILE")
                : c.get("password") != null ? new Effective("password", c.get("password"), "file " + c.origin("password"))
                : new Effective("password", null, "default"));
        out.add(pick("tenant", tenant, "--tenant", "KENDA_TENANT", c, null));
        out.add(pick("output", output == null ? null : output.name(), "--output", "KENDA_OUTPUT", c, "text"));
        out.add(pick("wait", waitText, "--wait", "KENDA_WAIT", c, "0"));
        out.add(pick("lang", null, null, null, c, "en"));
        return out;
    }

    private Effective pick(String name, String flagValue, String flag, String envName, ConfigFile c, String builtIn) {
        if (flagValue != null) {
            return new Effective(name, flagValue, "flag " + flag);
        }
        if (envName != null && blankToNull(env.get(envName)) != null) {
            return new Effective(name, env.get(envName), "env " + envName);
        }
        if (c.get(name) != null) {
            return new Effective(name, c.get(name), "file " + c.origin(name));
        }
        return new Effective(name, builtIn, "default");
    }

    public Settings settings() {
        if (settings == null) {
            Path h = resolveHome();
            ConfigFile c = config();
            String url = db != null ? db : or(blankToNull(env.get("KENDA_DB_URL")), c.get("db"));
            String t = tenant != null ? tenant : or(blankToNull(env.get("KENDA_TENANT")), c.get("tenant"));
            String w = waitText != null ? waitText : or(blankToNull(env.get("KENDA_WAIT")), c.get("wait"));
            Duration wait;
            try {
                wait = w == null ? Duration.ZERO : Durations.parse(w);
            } catch (IllegalArgumentException e) {
                throw KendaException.usage("invalid --wait: " + e.getMessage(), null);
            }
            settings = new Settings(h.toAbsolutePath().normalize(), url, t, wait, withCredentials(env, c, url), commandLine);
        }
        return settings;
    }

    /** The environment, with the config file's database user and password reference where the environment gives none. */
    private static Map<String, String> withCredentials(Map<String, String> env, ConfigFile c, String url) {
        // credentials are for PostgreSQL; the embedded database needs none, so an unset reference does not stop it
        if (c.get("user") == null && c.get("password") == null || url == null || !url.startsWith("jdbc:postgresql:")) {
            return env;
        }
        Map<String, String> out = new HashMap<>(env);
        if (blankToNull(env.get("KENDA_DB_USER")) == null && c.get("user") != null) {
            out.put("KENDA_DB_USER", c.get("user"));
        }
        String ref = c.get("password");
        if (ref != null && env.get("KENDA_DB_PASSWORD") == null && blankToNull(env.get("KENDA_DB_PASSWORD_FILE")) == null) {
            String target = ref.substring(ref.indexOf(':') + 1, ref.length() - 1);
            if (ref.startsWith("${env:")) {
                String value = env.get(target);
                if (value == null) {
                    throw new KendaException(ExitCode.CONFIG, "password in " + c.origin("password") + " refers to the environment variable "
                            + target + ", which is not set", "export " + target + " before running kenda");
                }
                out.put("KENDA_DB_PASSWORD", value);
            } else {
                out.put("KENDA_DB_PASSWORD_FILE", target);
            }
        }
        return out;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
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
