package id.kenda.rak;

import id.kenda.budget.stage.Stage;
import id.kenda.budget.stage.StoredStages;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Revisions;
import org.jooq.DSLContext;

import java.util.Optional;

/**
 * Which budget stage a RAK belongs to, and the stored revisions of both: a RAK is kept per year and
 * stage, and checked against the budget of the same stage (by default the budget's latest).
 */
public record RakScope(int year, Stage stage, Optional<Revisions.Info> budget, Optional<Revisions.Info> rak) {

    /** The stage given, else the budget's latest stored stage, else murni. */
    public static RakScope of(DSLContext dsl, String tenant, int year, Stage given) {
        StoredStages stages = new StoredStages(dsl, tenant);
        Stage stage = given != null ? given : stages.latest(year).map(r -> Stage.stored(r.kind())).orElse(Stage.MURNI);
        Optional<Revisions.Info> budget = stages.of(year, stage);
        Optional<Revisions.Info> rak = new Revisions(dsl, tenant).active(Revisions.Dataset.RAK, year, stage.name());
        return new RakScope(year, stage, budget, rak);
    }

    /** Both revisions, or a configuration error (78) saying which to import first. */
    public RakScope requireBoth() {
        if (budget.isEmpty()) {
            throw new KendaException(ExitCode.CONFIG, "no " + stage + " budget is stored for " + year + " to check the RAK against",
                    "import the budget first: kenda budget import FILE --year " + year + " --stage " + stage);
        }
        if (rak.isEmpty()) {
            throw new KendaException(ExitCode.CONFIG, "no " + stage + " RAK is stored for " + year, "import it first: kenda rak import FILE --year " + year);
        }
        return this;
    }
}
