package id.kenda;

import id.kenda.cli.Cli;

/** Process entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the one command that needs no command tree: answered before picocli builds it
            System.out.println(new id.kenda.cli.VersionProvider().getVersion()[0]);
            if (System.out.checkError()) {
                System.err.println("kenda: error: cannot write to standard output (closed pipe or full disk)");
                System.exit(id.kenda.core.ExitCode.IO);
            }
            System.exit(id.kenda.core.ExitCode.OK);
        }
        System.exit(Cli.runProcess(args));
    }
}
