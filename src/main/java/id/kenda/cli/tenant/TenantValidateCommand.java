package id.kenda.cli.tenant;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.report.Table;
import id.kenda.tenant.SpecFiles;
import id.kenda.tenant.SpecValidator;
import id.kenda.tenant.TenantSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "validate", description = {
    "Check a tenant spec file without a database: YAML syntax (65 with line and column), fields and",
    "values (78, every problem listed), secret references (never literal values). For CI linting."})
public final class TenantValidateCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "the spec (YAML)")
    Path file;

    @Override
    protected int run() {
        TenantSpec spec = SpecFiles.read(file);
        List<SpecValidator.Problem> problems = SpecValidator.check(spec);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("code", spec.code());
        json.put("valid", problems.isEmpty());
        json.put("problems", problems);
        Table t = new Table("field", "problem");
        problems.forEach(p -> t.row(p.field(), p.message()));
        if (problems.isEmpty()) {
            if (console().format() == id.kenda.cli.OutputFormat.text) {
                console().line(file + ": valid spec for " + spec.code() + " (" + spec.name() + ")");
                console().checkOut();
            } else {
                console().result(json, t);
            }
            return ExitCode.OK;
        }
        console().result(json, t);
        console().err().println("kenda: error: " + file + ": " + problems.size() + " problem" + (problems.size() > 1 ? "s" : "") + " in the spec");
        return ExitCode.CONFIG;
    }
}
