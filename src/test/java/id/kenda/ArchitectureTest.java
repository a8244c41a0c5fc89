package id.kenda;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The structure the package-info files describe, held against the code: which capability may use
 * which, no package cycle, picocli only in cli, no SQL in cli, a package-info in every package.
 * Read from the sources, so a new dependency fails here before anyone has to notice it.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java");
    static final Pattern REFERENCE = Pattern.compile("\\bid\\.kenda\\.([a-z]+)(?:\\.[a-z]+)*\\.[A-Z]");

    /** What each top-level package may depend on (besides itself); cli may depend on all. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "core", Set.of(),
            "domain", Set.of(),
            "io", Set.of("core", "domain"),
            "report", Set.of("core", "domain"),
            "db", Set.of("core"),
            "tenant", Set.of("core", "domain", "io", "db"),
            "pricelist", Set.of("core", "domain", "io", "report", "db"),
            "budget", Set.of("core", "domain", "io", "report", "db", "pricelist"),
            "control", Set.of("core", "domain", "io", "report", "db", "tenant", "budget", "rak"),
            "rak", Set.of("core", "domain", "io", "report", "db", "budget"));

    record Source(Path file, String pkg, String text) {
        /** The top-level package under id.kenda ("" for id.kenda itself). */
        String top() {
            String rest = pkg.equals("id.kenda") ? "" : pkg.substring("id.kenda.".length());
            return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        }
    }

    static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                if (!pkg.startsWith("id.kenda.db.schema")) {
                    out.add(new Source(f, pkg, Files.readString(f)));
                }
            }
        }
        return out;
    }

    static Set<String> references(Source s) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(s.text());
        while (m.find()) {
            out.add(m.group(1));
        }
        out.remove(s.top());
        return out;
    }

    @Test
    void eachCapabilityUsesOnlyWhatItsPackageInfoAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            Set<String> allowed = ALLOWED.get(s.top());
            if (allowed == null) {
                continue;
            }
            for (String used : references(s)) {
                if (!allowed.contains(used)) {
                    violations.add(s.file() + " uses id.kenda." + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Source s : sources()) {
            graph.computeIfAbsent(s.top(), k -> new TreeSet<>()).addAll(references(s));
        }
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (reaches(graph, start, start, new HashSet<>())) {
                cycles.add(start + " depends on itself through " + graph.get(start));
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void commandsHoldNoSqlAndOnlyCommandsUsePicocli() throws IOException {
        List<String> violations = new ArrayList<>();
        Pattern sql = Pattern.compile("\\bjava\\.sql\\.|\\borg\\.jooq\\b|id\\.kenda\\.db\\.schema|CsvTableReader|XlsxTableReader");
        for (Source s : sources()) {
            boolean cli = s.top().equals("cli");
            if (cli && sql.matcher(s.text()).find()) {
                violations.add(s.file() + ": a command uses SQL or a concrete reader (" + firstMatch(sql, s.text()) + ")");
            }
            if (!cli && !s.top().isEmpty() && s.text().contains("picocli")) {
                violations.add(s.file() + ": picocli outside cli");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        for (Source s : sources()) {
            packages.add(s.pkg());
            if (s.file().getFileName().toString().equals("package-info.java")) {
                documented.add(s.pkg());
            }
        }
        packages.removeAll(documented);
        assertEquals(Set.of(), packages, "packages without a package-info.java");
    }

    private static String firstMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group() : "";
    }
}
