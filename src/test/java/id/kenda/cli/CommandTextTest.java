package id.kenda.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line as the audit trail and lock messages keep it: secret-bearing values masked. */
class CommandTextTest {
    @Test
    void secretsAreMaskedAndEverythingElseIsKept() {
        assertEquals("kenda -t 35.15 ssh import 'a b.csv' --year 2026", Cli.commandText(new String[] {"-t", "35.15", "ssh", "import", "a b.csv", "--year", "2026"}));
        assertEquals("kenda --db-password *** db migrate", Cli.commandText(new String[] {"--db-password", "hunter2", "db", "migrate"}));
        assertEquals("kenda --password=*** x", Cli.commandText(new String[] {"--password=hunter2", "x"}));
        assertEquals("kenda --token *** --year 2026", Cli.commandText(new String[] {"--token", "abc", "--year", "2026"}));
        assertEquals("jdbc:postgresql://kenda:***@db.example:5432/kenda", Cli.maskSecrets("jdbc:postgresql://kenda:hunter2@db.example:5432/kenda"));
        assertEquals("jdbc:postgresql://db/kenda?user=k&password=***&ssl=true", Cli.maskSecrets("jdbc:postgresql://db/kenda?user=k&password=s3&ssl=true"));
        assertEquals("jdbc:postgresql://db.example:5432/kenda", Cli.maskSecrets("jdbc:postgresql://db.example:5432/kenda"), "a port is not a password");
        assertEquals("src/data:2026/a.csv", Cli.maskSecrets("src/data:2026/a.csv"));
    }
}
