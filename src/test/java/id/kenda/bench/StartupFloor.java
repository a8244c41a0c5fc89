package id.kenda.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.Callable;

/**
 * The floor of a database command's start-up with kenda's libraries: what {@code kenda tenant show}
 * does, with none of kenda's own code. picocli parses {@code show CODE}, H2 opens the home's
 * database with the URL options kenda uses for a reader, jOOQ reads the tenant's row and Jackson its YAML settings,
 * and one line is printed. {@code scripts/bench} runs it as a jar with its own class-data archive,
 * beside kenda with kenda's.
 */
@Command(name = "floor")
public final class StartupFloor implements Callable<Integer> {
    @Parameters(index = "0")
    Path home;

    @Parameters(index = "1")
    String code;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StartupFloor()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        // the options of DatabaseTarget.H2_OPTIONS and the reader's one in Database.open, written out:
        // this program runs without kenda's classes on its class path
        String url = "jdbc:h2:file:" + home.toAbsolutePath().resolve("kenda") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";AUTO_COMPACT_FILL_RATE=0"; // as kenda opens the file for a reader: no background compaction
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            DSLContext dsl = DSL.using(c, SQLDialect.H2);
            Record r = dsl.select(DSL.field(DSL.name("name")), DSL.field(DSL.name("fiscal_year")))
                    .from(DSL.table(DSL.name("tenant"))).where(DSL.field(DSL.name("tenant_id")).eq(code)).fetchOne();
            JsonNode spec = new YAMLMapper().readTree(home.resolve("tenants").resolve(code + ".yaml").toFile());
            System.out.println(code + " " + (r == null ? "-" : r.get(0) + " " + r.get(1)) + " " + spec.size() + " settings");
        }
        return 0;
    }
}
