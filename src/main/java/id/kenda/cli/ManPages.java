package id.kenda.cli;

import java.io.File;

/**
 * The build's entry point for the man pages ({@code mvn -P dist package}): hands the whole command
 * tree to picocli's man-page generator, which otherwise builds a command from its annotations
 * alone and would not see the verbs {@link CommandTree} registers. The generator is a build-time
 * plugin dependency, not one of kenda's, so it is called by name.
 */
public final class ManPages {
    private ManPages() {
    }

    /** {@code ManPages OUTDIR}: one AsciiDoc page per command, kenda.adoc and kenda-NOUN-VERB.adoc. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTDIR");
        }
        Class<?> generator = Class.forName("picocli.codegen.docgen.manpage.ManPageGenerator");
        File out = new File(args[0]);
        if (!out.isDirectory() && !out.mkdirs()) {
            throw new java.io.IOException("cannot create " + out);
        }
        Object specs = new picocli.CommandLine.Model.CommandSpec[] {Cli.commandLine().getCommandSpec()};
        int rc = (int) generator.getMethod("generateManPage", File.class, File.class, boolean[].class, boolean.class, specs.getClass())
                .invoke(null, out, null, new boolean[0], true, specs);
        if (rc != 0) {
            throw new IllegalStateException("the man-page generator exited " + rc);
        }
    }
}
