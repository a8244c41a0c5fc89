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

    /** The tenant the command acts on, its shape checked before any work (64 when missing or malformed). */
    protected String tenantCode() {
        return id.kenda.tenant.Tenants.requireCode(settings().tenant());
    }

    /** Opens the database on the command's tenant and loads its spec (78 when the tenant is unknown). */
    protected TenantScope openTenant(Database.Access access) {
        String code = tenantCode();
        return TenantScope.open(openDatabase(access), code);
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    protected abstract int run() throws Exception;
}
