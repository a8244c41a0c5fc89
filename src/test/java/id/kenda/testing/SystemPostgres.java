package id.kenda.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server from the operating system's packages (Debian's {@code /usr/lib/postgresql/N}),
 * started for one test in a data directory of its own: for what needs the server's own client
 * tools at its version, such as {@code pg_dump}, which the embedded test server does not ship.
 * Run as root, the server runs as the {@code postgres} user, since PostgreSQL refuses root.
 */
public final class SystemPostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private SystemPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The newest installed server's bin directory, if there is one with pg_dump beside it. */
    public static Optional<Path> installed() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<Path> bins = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            for (Path v : versions) {
                Path b = v.resolve("bin");
                if (Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_dump"))) {
                    bins.add(b);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return bins.stream().max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
    }

    /** Initialises and starts a server on a free loopback port; user {@code kenda}, trust authentication. */
    public static SystemPostgres start(Path bin) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "kenda-pg-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        boolean root = "root".equals(System.getProperty("user.name"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SystemPostgres pg = new SystemPostgres(bin, dir, port, root);
        pg.exec(120, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "kenda", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C");
        pg.exec(120, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return pg;
    }

    /** A JDBC URL of a database on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Runs one of the server's client tools (psql, pg_restore, createdb) against it as user kenda. */
    public Run tool(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve(name).toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "kenda"));
        cmd.addAll(List.of(args));
        return Processes.finish(new ProcessBuilder(cmd), 120);
    }

    private void exec(int seconds, String... command) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        Run r = Processes.finish(new ProcessBuilder(cmd).directory(dir.toFile()), seconds);
        if (r.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + r);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            exec(60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
