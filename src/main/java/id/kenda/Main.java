package id.kenda;

import id.kenda.cli.Cli;

/** Process entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.runProcess(args));
    }
}
