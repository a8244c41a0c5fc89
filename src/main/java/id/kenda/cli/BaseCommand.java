package id.kenda.cli;

import id.kenda.core.Settings;
import id.kenda.db.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** What every leaf command shares: the root's settings, the console, and opening the database. */
public abstract class BaseCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected KendaCommand root() {
        return (KendaCommand) spec.root().userObject();
    }

    protected Console console() {
        return root().console();
    }

    protected Settings settings() {
        return root().settings();
    }

    /** A progress display for long operations: drawn only on a terminal. */
    protected id.kenda.core.Progress progress() {
        return TtyProgress.of(console());
    }

    protected Database openDatabase(Database.Access access) {
        return Database.open(settings(), access, Database.Schema.REQUIRE_CURRENT, console()::info);
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    protected abstract int run() throws Exception;
}
