package id.kenda.cli;

import id.kenda.core.Similar;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;

/** "Did you mean": the long option of a command nearest to a mistyped one. */
final class OptionNames {
    private OptionNames() {
    }

    static String nearest(String typo, CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            for (String name : o.names()) {
                if (name.startsWith("--")) {
                    names.add(name);
                }
            }
        }
        return Similar.nearest(typo, names);
    }
}
