package id.kenda.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Child JVMs and the real launcher, for what only a separate process shows (locks, kills, exit codes). */
public final class Processes {
    private Processes() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("kenda.project.dir", ".")).toAbsolutePath();
    }

    /** A child JVM running a main class of the test classpath. */
    public static ProcessBuilder javaMain(Map<String, String> env, String mainClass, String... args) {
        return javaMain(env, List.of(), mainClass, args);
    }

    /** A child JVM with JVM options (e.g. {@code -Xmx256m}) running a main class of the test classpath. */
    public static ProcessBuilder javaMain(Map<String, String> env, List<String> jvmOptions, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs a process to completion with a timeout, capturing stdout and stderr separately. */
    public static Run finish(ProcessBuilder pb, long timeoutSeconds) throws IOException, InterruptedException {
        File out = File.createTempFile("kenda-out", ".txt");
        File err = File.createTempFile("kenda-err", ".txt");
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("process did not finish within " + timeoutSeconds + " s: " + pb.command());
        }
        Run r = new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
        out.delete();
        err.delete();
        return r;
    }
}
