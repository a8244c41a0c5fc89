package id.kenda.cli.config;

import id.kenda.cli.BaseCommand;
import id.kenda.cli.KendaCommand;
import id.kenda.core.ExitCode;
import id.kenda.report.Table;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "show", description = {
    "Print each effective setting, its value and where it came from (flag, env, file:line, default).",
    "Precedence: flag > environment > $KENDA_HOME/config.yaml > built-in. A password is shown as its reference, never its value."})
public final class ConfigShowCommand extends BaseCommand {
    @Override
    protected int run() {
        KendaCommand root = root();
        List<KendaCommand.Effective> settings = root.effective();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", root.config().file().toString());
        json.put("fileExists", root.config().exists());
        json.put("settings", settings);
        Table t = new Table("setting", "value", "origin");
        settings.forEach(e -> t.row(e.name(), e.value(), e.origin()));
        console().result(json, t);
        console().info(root.config().exists() ? "config file: " + root.config().file() : "no config file at " + root.config().file());
        return ExitCode.OK;
    }
}
