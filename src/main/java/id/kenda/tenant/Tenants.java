package id.kenda.tenant;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;

/** Resolves the tenant a command acts on ({@code -t} / {@code KENDA_TENANT}) and refuses unknown ones. */
public final class Tenants {
    private Tenants() {
    }

    /** Checks the code's shape before any database work; 64 when missing or malformed. */
    public static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw KendaException.usage("no tenant given", "pass -t CODE (e.g. -t 35.79) or set KENDA_TENANT");
        }
        RegionCode.problem(code, null).ifPresent(m -> {
            throw KendaException.usage(m, "region codes look like 35.15 (Kabupaten Sidoarjo) or 35.79 (Kota Batu)");
        });
        return code;
    }

    public static TenantRepository.Stored require(Database db, String code) {
        return new TenantRepository(db.dsl()).find(requireCode(code)).orElseThrow(() -> new KendaException(ExitCode.CONFIG,
                "unknown tenant " + code, "provision it first: kenda tenant provision " + code + " --name NAME; 'kenda tenant list' shows the tenants"));
    }
}
