package id.kenda.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tenant provisioning on H2 and PostgreSQL: create, converge, dry runs, bad input, isolation, secrets. */
class TenantProvisionTest {
    static final Path DEMO = Path.of("src/main/resources/demo");
    static final Path FIX = Path.of("src/test/resources/fixtures/tenant");

    @TempDir
    Path tmp;

    private Kenda kenda(Backend b) {
        return new Kenda(b, tmp.resolve("home")).env("KENDA_SIDOARJO_DB_PASSWORD", "x").env("KENDA_BATU_DB_PASSWORD", "y");
    }

    static String[] sidoarjo(String... extra) {
        return Stream.concat(Stream.of("tenant", "provision", "35.15", "--config", DEMO.resolve("sidoarjo.yaml").toString(),
                "--skpd", DEMO.resolve("skpd-sidoarjo.csv").toString()), Stream.of(extra)).toArray(String[]::new);
    }

    static String[] batu(String... extra) {
        return Stream.concat(Stream.of("tenant", "provision", "35.79", "--name", "Pemerintah Kota Batu", "--kind", "kota",
                "--from", "35.15", "--skpd", DEMO.resolve("skpd-batu.csv").toString()), Stream.of(extra)).toArray(String[]::new);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sidoarjoThenBatuFromSidoarjoAndTheSecondRunIsANoOp(Backend backend) {
        Kenda k = kenda(backend);
        Run s = k.run(sidoarjo("-o", "json"));
        assertEquals(0, s.exit(), s::toString);
        JsonNode sj = Json.parse(s.out());
        assertTrue(sj.get("created").asBoolean());
        assertEquals(8, sj.get("changes").size(), s::toString);

        Run b = k.run(batu());
        assertEquals(0, b.exit(), b::toString);
        assertTrue(b.out().contains("+ tenant 35.79 'Pemerintah Kota Batu' (kota"), b::toString);

        Run again = k.run(batu("-o", "json"));
        assertEquals(0, again.exit(), again::toString);
        assertEquals(0, Json.parse(again.out()).get("changes").size(), again::toString);
        assertTrue(again.err().contains("up to date"), again::toString);
        assertEquals(0, k.run(sidoarjo("--dry-run", "--detailed-exitcode")).exit(), "nothing pending for Sidoarjo either");

        JsonNode show = Json.parse(k.run("tenant", "show", "35.79", "-o", "json").out()).get("spec");
        assertEquals("kota", show.get("kind").asText());
        assertEquals(5, show.get("skpd").size());
        assertEquals("quarterly-default", show.get("control").get("bands").asText(), "settings copied from Sidoarjo");
        assertEquals(2, Json.parse(k.run("tenant", "list", "-o", "json").out()).get("tenants").size());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void dryRunChangesNothingAndDetailedExitCodeSaysWhetherThereAreChanges(Backend backend) throws Exception {
        Kenda k = kenda(backend);
        assertEquals(0, k.run(sidoarjo()).exit());
        String listBefore = k.run("tenant", "list", "-o", "json").out();
        String showBefore = k.run("tenant", "show", "35.15", "-o", "json").out();
        List<String> filesBefore = listing(k.home());

        Run dry = k.run(batu("--dry-run", "--detailed-exitcode"));
        assertEquals(ExitCode.CHANGES_PENDING, dry.exit(), dry::toString);
        assertTrue(dry.out().startsWith("[dry run] + tenant 35.79"), dry::toString);
        Run dryRename = k.run("tenant", "provision", "35.15", "--name", "Kabupaten Sidoarjo (baru)", "--dry-run");
        assertEquals(0, dryRename.exit(), dryRename::toString);
        assertTrue(dryRename.out().contains("~ name: Pemerintah Kabupaten Sidoarjo -> Kabupaten Sidoarjo (baru)"), dryRename::toString);

        assertEquals(listBefore, k.run("tenant", "list", "-o", "json").out());
        assertEquals(showBefore, k.run("tenant", "show", "35.15", "-o", "json").out());
        assertEquals(filesBefore, listing(k.home()));
    }

    @Test
    void dryRunOnAFreshHomeCreatesNothing() {
        Kenda k = kenda(Backend.H2);
        Run dry = k.run(sidoarjo("--dry-run", "--detailed-exitcode"));
        assertEquals(ExitCode.CHANGES_PENDING, dry.exit(), dry::toString);
        assertFalse(Files.exists(k.home()), "the home was not created");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void convergesChangesAndRemovals(Backend backend) throws Exception {
        Kenda k = kenda(backend);
        assertEquals(0, k.run(sidoarjo()).exit());
        Path fewer = tmp.resolve("skpd-fewer.csv");
        Files.writeString(fewer, "kode_skpd,nama_skpd\n1.02.0.00.0.00.01.0000,Dinas Kesehatan Kabupaten\n");
        Run r = k.run("tenant", "provision", "35.15", "--skpd", fewer.toString(), "--fiscal-year", "2027");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("~ fiscalYear: 2026 -> 2027"), r::toString);
        assertTrue(r.out().contains("~ skpd 1.02.0.00.0.00.01.0000 name: Dinas Kesehatan -> Dinas Kesehatan Kabupaten"), r::toString);
        assertTrue(r.out().contains("- skpd 4.01.0.00.0.00.01.0000 Sekretariat Daerah"), r::toString);
        assertEquals(1, Json.parse(k.run("tenant", "show", "35.15", "-o", "json").out()).get("spec").get("skpd").size());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void oneTenantCannotSeeOrChangeAnothersData(Backend backend) throws Exception {
        Kenda k = kenda(backend);
        assertEquals(0, k.run(sidoarjo()).exit());
        assertEquals(0, k.run(batu()).exit());
        Path only = tmp.resolve("one.csv");
        Files.writeString(only, "kode_skpd,nama_skpd\n2.16.0.00.0.00.01.0000,Diskominfo Batu\n");
        assertEquals(0, k.run("tenant", "provision", "35.79", "--skpd", only.toString()).exit());
        JsonNode sidoarjo = Json.parse(k.run("tenant", "show", "35.15", "-o", "json").out()).get("spec").get("skpd");
        assertEquals(6, sidoarjo.size(), "Sidoarjo's agencies untouched by Batu's convergence");
        assertEquals("Dinas Komunikasi dan Informatika", sidoarjo.get(3).get("name").asText());
        JsonNode batu = Json.parse(k.run("tenant", "show", "35.79", "-o", "json").out()).get("spec").get("skpd");
        assertEquals(1, batu.size());
        assertEquals("Diskominfo Batu", batu.get(0).get("name").asText());
    }

    @Test
    void settingsStoredByANewerKendaStillRead() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        id.kenda.core.Settings s = new id.kenda.core.Settings(k.home(), k.env().get("KENDA_DB_URL"), null, java.time.Duration.ZERO, k.env(), "test");
        try (id.kenda.db.Database db = id.kenda.db.Database.open(s, id.kenda.db.Database.Access.WRITE, id.kenda.db.Database.Schema.AS_IS, m -> { });
             java.sql.Statement st = db.connection().createStatement()) {
            assertEquals(1, st.executeUpdate("update tenant set settings = '{\"aFieldOfLater\":{\"x\":1},' || substring(settings, 2)"));
            if (!db.connection().getAutoCommit()) {
                db.connection().commit();
            }
        }
        Run show = k.run("tenant", "show", "35.15", "-o", "json");
        assertEquals(0, show.exit(), show::toString);
        assertEquals("Pemerintah Kabupaten Sidoarjo", Json.parse(show.out()).get("spec").get("name").asText());
    }

    @Test
    void specFileIsPrivateAndExportRoundTripsToANoOp() throws Exception {
        Kenda k = kenda(Backend.H2);
        assertEquals(0, k.run(sidoarjo()).exit());
        Path spec = k.home().resolve("tenants/35.15.yaml");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(spec));
        Run export = k.run("tenant", "export", "35.15");
        assertEquals(0, export.exit(), export::toString);
        assertTrue(export.out().contains("${env:KENDA_SIDOARJO_DB_PASSWORD}"), export::toString);
        assertEquals(Files.readString(spec), export.out());
        Run toFile = Kenda.run(k.env(), "tenant", "export", "35.15", "--file", "relative-export.yaml");
        assertEquals(0, toFile.exit(), toFile::toString);
        Path written = Path.of("relative-export.yaml");
        assertEquals(export.out(), Files.readString(written));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(written));
        Files.delete(written);
        Path exported = tmp.resolve("exported.yaml");
        Files.writeString(exported, export.out());
        assertEquals(0, k.run("tenant", "validate", exported.toString()).exit());
        Run again = k.run("tenant", "provision", "35.15", "--config", exported.toString(), "--dry-run", "--detailed-exitcode");
        assertEquals(0, again.exit(), again::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "35.7|not a region code",
        "3579|not a region code",
        "../x|not a region code",
        "35.79;DROP|not a region code",
        "\uff13\uff15.\uff17\uff19|not a region code",
        "99.79|not an Indonesian province code",
        "35.70|neither a kabupaten",
        "'35.15 '|not a region code",
    })
    void malformedCodesAreUsageErrorsAndCreateNothing(String code, String message) {
        Kenda k = kenda(Backend.H2);
        Run r = k.run("tenant", "provision", code, "--name", "X");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertEquals(2, r.err().lines().count(), "one line and a hint: " + r.err());
        assertFalse(Files.exists(k.home()));
    }

    @Test
    void kindMismatchAndEmptyNameAreUsageErrors() {
        Kenda k = kenda(Backend.H2);
        Run kind = k.run("tenant", "provision", "35.79", "--name", "Batu", "--kind", "kabupaten");
        assertEquals(ExitCode.USAGE, kind.exit(), kind::toString);
        assertTrue(kind.err().contains("is a kota code"), kind::toString);
        Run empty = k.run("tenant", "provision", "35.79", "--name", "  ");
        assertEquals(ExitCode.USAGE, empty.exit(), empty::toString);
        Run noName = k.run("tenant", "provision", "35.69", "--allow-unlisted");
        assertEquals(ExitCode.USAGE, noName.exit(), noName::toString);
        assertTrue(noName.err().contains("--name is required"), noName::toString);
    }

    @Test
    void codesComeFromTheOfficialListWithNearestCodesAsAHint() {
        Kenda k = kenda(Backend.H2);
        Run r = k.run("tenant", "provision", "35.69", "--name", "Kabupaten Baru");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("error: '35.69' is not a region code in Kepmendagri 300.2.2-2138/2025"), r::toString);
        assertTrue(r.err().contains("did you mean 35.79 (Kota Batu), 35.29 (Kabupaten Sumenep), 35.19 (Kabupaten Madiun)?"), r::toString);
        assertTrue(r.err().contains("--allow-unlisted"), r::toString);
        assertFalse(Files.exists(k.home()), "nothing created");

        Run later = k.run("tenant", "provision", "35.69", "--name", "Kabupaten Baru", "--allow-unlisted");
        assertEquals(0, later.exit(), later::toString);

        Run listed = k.run("tenant", "provision", "35.79", "-o", "json");
        assertEquals(0, listed.exit(), listed::toString);
        JsonNode spec = Json.parse(k.run("tenant", "show", "35.79", "-o", "json").out()).get("spec");
        assertEquals("Pemerintah Kota Batu", spec.get("name").asText(), "the name comes from the list");
        assertEquals("kota", spec.get("kind").asText());

        Run wrongKind = k.run("tenant", "provision", "35.15", "--kind", "kota");
        assertEquals(ExitCode.USAGE, wrongKind.exit(), wrongKind::toString);
    }

    @Test
    void theShippedRegionListIsTheWholeDecree() {
        assertEquals(38, Regions.count("provinsi"));
        assertEquals(416, Regions.count("kabupaten"));
        assertEquals(98, Regions.count("kota"));
        assertEquals("Kabupaten Sidoarjo", Regions.find("35.15").orElseThrow().name());
        assertEquals(38, Regions.nearest("35.01", 600).size(), "Jawa Timur: 29 kabupaten and 9 kota");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unknownFromTenantAndNameConflictsAreConfigErrors(Backend backend) {
        Kenda k = kenda(backend);
        Run r = k.run("tenant", "provision", "35.79", "--name", "Batu", "--from", "35.15");
        assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown tenant 35.15"), r::toString);
        assertEquals(0, k.run(sidoarjo()).exit());
        Run clash = k.run("tenant", "provision", "35.79", "--name", "pemerintah kabupaten sidoarjo");
        assertEquals(ExitCode.CONFIG, clash.exit(), clash::toString);
        assertTrue(clash.err().contains("already used by tenant 35.15"), clash::toString);
    }

    @Test
    void specProblemsHaveTheirCodes() {
        Kenda k = kenda(Backend.H2);
        Run notYaml = k.run("tenant", "provision", "35.79", "--config", FIX.resolve("not-yaml.yaml").toString());
        assertEquals(ExitCode.DATA, notYaml.exit(), notYaml::toString);
        assertTrue(notYaml.err().matches("(?s)kenda: error: .*not-yaml\\.yaml:\\d+:\\d+: not valid YAML.*"), notYaml::toString);

        Run unknown = k.run("tenant", "provision", "35.79", "--config", FIX.resolve("unknown-field.yaml").toString());
        assertEquals(ExitCode.CONFIG, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains(":3:1: unknown field 'colour'"), unknown::toString);

        Run literal = k.run("tenant", "provision", "35.79", "--config", FIX.resolve("literal-secret.yaml").toString());
        assertEquals(ExitCode.CONFIG, literal.exit(), literal::toString);
        assertTrue(literal.err().contains("secrets.dbPassword: holds a literal value"), literal::toString);
        assertFalse((literal.out() + literal.err()).contains("hunter2"), "the secret never appears in output");

        Run missing = k.run("tenant", "provision", "35.79", "--config", FIX.resolve("missing-env.yaml").toString());
        assertEquals(ExitCode.CONFIG, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("KENDA_TEST_UNSET_SECRET_VARIABLE, which is not set"), missing::toString);
        assertFalse(Files.exists(k.home().resolve("tenants")), "nothing written");

        Run mismatch = k.run("tenant", "provision", "35.15", "--config", FIX.resolve("batu-valid.yaml").toString());
        assertEquals(ExitCode.USAGE, mismatch.exit(), mismatch::toString);
    }

    @Test
    void validateListsEveryProblemWithoutADatabase() {
        Kenda k = kenda(Backend.H2).env("KENDA_DB_URL", "jdbc:postgresql://127.0.0.1:1/none");
        Run ok = k.run("tenant", "validate", FIX.resolve("batu-valid.yaml").toString());
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.out().contains("valid spec for 35.79"), ok::toString);

        Run bad = k.run("tenant", "validate", FIX.resolve("many-problems.yaml").toString(), "-o", "json");
        assertEquals(ExitCode.CONFIG, bad.exit(), bad::toString);
        JsonNode j = Json.parse(bad.out());
        assertFalse(j.get("valid").asBoolean());
        String all = j.get("problems").toString();
        for (String field : new String[] {"code", "fiscalYear", "pricing.ppnRates", "pricing.accountStyle", "control.bands.q2",
            "control.bands.q3", "control.critical.early", "skpd[0].code", "skpd[1].name"}) {
            assertTrue(all.contains("\"field\":\"" + field + "\""), field + " in " + all);
        }
        Run notYaml = k.run("tenant", "validate", FIX.resolve("not-yaml.yaml").toString());
        assertEquals(ExitCode.DATA, notYaml.exit(), notYaml::toString);
        Run missing = k.run("tenant", "validate", tmp.resolve("nope.yaml").toString());
        assertEquals(ExitCode.NO_INPUT, missing.exit(), missing::toString);
    }

    @Test
    void badSkpdFileIsADataErrorWithLineAndColumn() throws Exception {
        Kenda k = kenda(Backend.H2);
        Path f = tmp.resolve("skpd.csv");
        Files.writeString(f, "kode_skpd,nama_skpd\n1.02.0.00.0.00.01.0000,Dinas Kesehatan\n1.02.x,Rusak\n");
        Run r = k.run("tenant", "provision", "35.79", "--name", "Batu", "--skpd", f.toString());
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("skpd.csv:3:1: '1.02.x' is not an SKPD code"), r::toString);
        Run missing = k.run("tenant", "provision", "35.79", "--name", "Batu", "--skpd", tmp.resolve("none.csv").toString());
        assertEquals(ExitCode.NO_INPUT, missing.exit(), missing::toString);
        assertFalse(Files.exists(k.home()), "missing input is caught before the database is touched");
    }

    @Test
    void unknownTenantIsAConfigError() {
        Kenda k = kenda(Backend.H2);
        Run r = k.run("tenant", "show", "35.79");
        assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown tenant 35.79"), r::toString);
        Run none = k.run("tenant", "show");
        assertEquals(ExitCode.USAGE, none.exit(), none::toString);
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".lock") && !p.toString().contains(".mv.db") && !p.toString().endsWith(".trace.db"))
                    .map(p -> p + " " + p.toFile().length() + " " + p.toFile().lastModified()).sorted().toList();
        }
    }
}
