package id.kenda.cli;

import id.kenda.core.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A noun that only lists its verbs: run bare, it prints its help on stderr and exits 64. */
public abstract class ParentCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kenda: '" + spec.qualifiedName() + "' needs a subcommand");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
