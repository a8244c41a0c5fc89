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

    public Kenda(Backend backend, Path home) {
        this.backend = backend;
        this.home = home;
        env.put("KENDA_HOME", home.toString());
        if (backend == Backend.POSTGRES) {
            env.put("KENDA_DB_URL", Pg.newDatabase());
            env.put("KENDA_DB_USER", "postgres");
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
