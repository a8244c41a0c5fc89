package id.kenda.testing;

import id.kenda.cli.Cli;
import id.kenda.cli.Terminal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real root command in-process against one backend, with an environment of its own:
 * the test equivalent of typing {@code kenda ...} in a shell.
 */
public final class Kenda {
    private final Backend backend;
    private final Path home;
    private final Map<String, String> env = new HashMap<>();

    /** A kenda on a backend with its schema in place, as a sysadmin leaves it after 'kenda db migrate'. */
    public Kenda(Backend backend, Path home) {
        this(backend, home, true);
    }

    /** An untouched backend: PostgreSQL with no schema, or a home with no database. */
    public static Kenda unmigrated(Backend backend, Path home) {
        return new Kenda(backend, home, false);
    }

    private Kenda(Backend backend, Path home, boolean migrate) {
        this.backend = backend;
        this.home = home;
        env.put("KENDA_HOME", home.toString());
        if (backend == Backend.POSTGRES) {
            env.put("KENDA_DB_URL", Pg.newDatabase());
            env.put("KENDA_DB_USER", "postgres");
            if (migrate) {
                Run r = run("db", "migrate");
                if (r.exit() != 0) {
                    throw new IllegalStateException("cannot migrate the test database: " + r);
                }
            }
        }
    }

    public Backend backend() {
        return backend;
    }

    public Path home() {
        return home;
    }

    public Map<String, String> env() {
        return env;
    }

    public Kenda env(String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
        return this;
    }

    public Run run(String... args) {
        return run(env, args);
    }

    public static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new HashMap<>(env), new PrintWriter(out), new PrintWriter(err), Terminal.NONE);
        return new Run(code, out.toString(), err.toString());
    }
}
