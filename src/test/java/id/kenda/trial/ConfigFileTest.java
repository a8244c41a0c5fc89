package id.kenda.trial;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Pg;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** $KENDA_HOME/config.yaml: defaults below flags and the environment, with their origins shown. */
class ConfigFileTest {
    @TempDir
    Path tmp;

    private Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("KENDA_HOME", home.toString());
        return env;
    }

    private static Map<String, String> origins(Run r) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode s : Json.parse(r.out()).get("settings")) {
            out.put(s.get("name").asText(), s.get("value").asText() + " @ " + s.get("origin").asText());
        }
        return out;
    }

    @Test
    void flagBeatsEnvironmentBeatsFileBeatsBuiltIn() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path file = home.resolve("config.yaml");
        Files.writeString(file, "tenant: \"35.15\"\nwait: 30s\noutput: json\n");
        Map<String, String> env = env(home);
        Map<String, String> o = origins(Kenda.run(env, "config", "show"));
        assertEquals("35.15 @ file " + file + ":1", o.get("tenant"));
        assertEquals("30s @ file " + file + ":2", o.get("wait"));
        assertEquals("json @ file " + file + ":3", o.get("output"), "the file's output format is used: this very output is JSON");
        assertEquals("en @ default", o.get("lang"));
        env.put("KENDA_TENANT", "35.79");
        o = origins(Kenda.run(env, "config", "show"));
        assertEquals("35.79 @ env KENDA_TENANT", o.get("tenant"));
        o = origins(Kenda.run(env, "-t", "35.16", "config", "show"));
        assertEquals("35.16 @ flag --tenant", o.get("tenant"));
    }

    @Test
    void theFilesTenantIsUsedByCommands() throws Exception {
        Path home = tmp.resolve("home");
        Kenda k = new Kenda(Backend.H2, home);
        assertEquals(0, k.run("tenant", "provision", "35.79").exit());
        Files.writeString(home.resolve("config.yaml"), "tenant: \"35.79\"\n");
        Run r = k.run("ssh", "revisions", "-o", "json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("35.79", Json.parse(r.out()).get("tenant").asText());
    }

    @Test
    void aLiteralPasswordOrAnUnknownSettingIsRefused() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("config.yaml"), "tenant: \"35.15\"\npassword: hunter2\n");
        Run r = Kenda.run(env(home), "config", "show");
        assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
        assertTrue(r.err().contains("config.yaml:2: 'password' holds a literal value"), r::toString);
        assertFalse(r.err().contains("hunter2") || r.out().contains("hunter2"), "never echoed: " + r);

        Files.writeString(home.resolve("config.yaml"), "tenat: \"35.15\"\n");
        Run typo = Kenda.run(env(home), "doctor");
        assertEquals(ExitCode.CONFIG, typo.exit(), typo::toString);
        assertTrue(typo.err().contains("config.yaml:1:6: unknown setting 'tenat'; did you mean 'tenant'?"), typo::toString);

        Files.writeString(home.resolve("config.yaml"), "lang: id\n");
        assertEquals(ExitCode.CONFIG, Kenda.run(env(home), "config", "show").exit());
    }

    @Test
    void databaseUserAndPasswordReferenceComeFromTheFile() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        String url = Pg.newDatabase();
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, "unused-by-trust-auth\n");
        Files.writeString(home.resolve("config.yaml"), "db: " + url + "\nuser: postgres\npassword: ${file:" + pw + "}\n");
        Map<String, String> env = env(home);
        Run migrate = Kenda.run(env, "db", "migrate");
        assertEquals(0, migrate.exit(), migrate::toString);
        Run status = Kenda.run(env, "db", "status", "-o", "json");
        assertEquals(0, status.exit(), status::toString);
        Map<String, String> o = origins(Kenda.run(env, "config", "show", "-o", "json"));
        assertTrue(o.get("db").startsWith("jdbc:postgresql:") && o.get("db").endsWith("config.yaml:1"), o::toString);
        assertEquals("${file:" + pw + "} @ file " + home.resolve("config.yaml") + ":3", o.get("password"));
        assertFalse(Kenda.run(env, "config", "show").out().contains("unused-by-trust-auth"));
    }
}
