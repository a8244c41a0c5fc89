package id.kenda.cli;

import id.kenda.db.Database;
import id.kenda.tenant.TenantSpec;
import id.kenda.tenant.Tenants;

/**
 * What a command that works on one tenant ({@code -t} / {@code KENDA_TENANT}) works in: the
 * tenant's code, the database opened for reading or writing, and the tenant's stored spec (78 when
 * the tenant is unknown). Opened by {@link BaseCommand#openTenant}; closing it closes the database.
 */
public final class TenantScope implements AutoCloseable {
    private final Database db;
    private final String code;
    private final TenantSpec spec;

    TenantScope(Database db, String code, TenantSpec spec) {
        this.db = db;
        this.code = code;
        this.spec = spec;
    }

    static TenantScope open(Database db, String code) {
        try {
            return new TenantScope(db, code, Tenants.require(db, code).spec());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Database db() {
        return db;
    }

    public String code() {
        return code;
    }

    /** The spec as stored. */
    public TenantSpec spec() {
        return spec;
    }

    /** The fiscal year given on the command line, else the tenant's. */
    public int year(Integer given) {
        return given != null ? given : spec.fiscalYear();
    }

    @Override
    public void close() {
        db.close();
    }
}
