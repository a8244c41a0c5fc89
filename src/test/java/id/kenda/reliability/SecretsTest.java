package id.kenda.reliability;

import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** No secret value ever appears in anything a run prints or writes, verbose or not. */
class SecretsTest {
    static final String DB_PASSWORD = "s3cret-DB-Passw0rd";
    static final String FILE_PASSWORD = "s3cret-From-A-File";
    static final String SPEC_SECRET = "s3cret-Tenant-Value";

    @TempDir
    Path tmp;

    @Test
    void secretsNeverAppearInOutputLogsErrorsOrFiles() throws Exception {
        Path pwFile = tmp.resolve("pw");
        Files.writeString(pwFile, FILE_PASSWORD + "\n");
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home")).env("KENDA_BATU_DB_PASSWORD", SPEC_SECRET);
        List<Run> runs = new ArrayList<>();
        Path spec = tmp.resolve("batu.yaml");
        Files.writeString(spec, "code: \"35.79\"\nname: Pemerintah Kota Batu\nsecrets: { dbPassword: \"${env:KENDA_BATU_DB_PASSWORD}\" }\n");
        runs.add(k.run("-v", "tenant", "provision", "35.79", "--config", spec.toString()));
        assertEquals(0, runs.get(0).exit(), runs.get(0)::toString);
        runs.add(k.run("-v", "tenant", "show", "35.79", "-o", "json"));
        runs.add(k.run("-v", "tenant", "export", "35.79"));
        runs.add(k.run("-v", "tenant", "provision", "35.79", "--config", spec.toString(), "--dry-run", "-o", "json"));

        Kenda pg = new Kenda(Backend.H2, tmp.resolve("home2"))
                .env("KENDA_DB_URL", "jdbc:postgresql://127.0.0.1:1/kenda").env("KENDA_DB_USER", "admin").env("KENDA_DB_PASSWORD", DB_PASSWORD);
        runs.add(pg.run("-v", "db", "status"));
        runs.add(pg.run("-v", "doctor"));
        pg.env("KENDA_DB_PASSWORD", null).env("KENDA_DB_PASSWORD_FILE", pwFile.toString());
        runs.add(pg.run("-v", "db", "status"));
        assertEquals(ExitCode.UNAVAILABLE, runs.get(runs.size() - 1).exit());

        Path secretFile = tmp.resolve("batu-db-password");
        Files.writeString(secretFile, FILE_PASSWORD);
        Path fromFile = tmp.resolve("from-file.yaml");
        Files.writeString(fromFile, "code: \"35.79\"\nname: Pemerintah Kota Batu\nsecrets: { dbPassword: \"${file:" + secretFile + "}\" }\n");
        runs.add(k.run("-v", "tenant", "provision", "35.79", "--config", fromFile.toString()));
        assertEquals(0, runs.get(runs.size() - 1).exit(), runs.get(runs.size() - 1)::toString);
        Files.writeString(fromFile, "code: \"35.79\"\nname: Pemerintah Kota Batu\nsecrets: { dbPassword: \"${file:" + tmp.resolve("missing") + "}\" }\n");
        runs.add(k.run("-v", "tenant", "provision", "35.79", "--config", fromFile.toString()));
        assertEquals(ExitCode.CONFIG, runs.get(runs.size() - 1).exit(), "a reference to a missing file is refused");

        Path literal = tmp.resolve("literal.yaml");
        Files.writeString(literal, "code: \"35.79\"\nname: Pemerintah Kota Batu\nsecrets: { dbPassword: \"" + SPEC_SECRET + "\" }\n");
        runs.add(k.run("-v", "tenant", "provision", "35.79", "--config", literal.toString()));
        runs.add(k.run("-v", "tenant", "validate", literal.toString(), "-o", "json"));
        assertEquals(ExitCode.CONFIG, runs.get(runs.size() - 1).exit());

        for (Run r : runs) {
            for (String secret : List.of(DB_PASSWORD, FILE_PASSWORD, SPEC_SECRET)) {
                assertFalse(r.out().contains(secret) || r.err().contains(secret), "a secret was printed:\n" + r);
            }
        }
        try (Stream<Path> files = Files.walk(tmp.resolve("home"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".db")).toList()) {
                assertFalse(Files.readString(f).contains(SPEC_SECRET), "a secret was written to " + f);
            }
        }
    }
}
