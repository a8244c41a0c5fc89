package id.kenda.db;

import id.kenda.core.Settings;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Kenda;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.kenda.db.schema.Tables.BUDGET_LINE;
import static id.kenda.db.schema.Tables.SSH_ITEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rows arrive as they were given on both databases; long texts are cut to the lengths the migrations give their columns. */
class BulkLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void textIsCutToTheColumnsLengthInTheMigration() throws Exception {
        String v3 = Files.readString(Path.of("src/main/resources/db/migration/V3__revisions_and_ssh.sql"));
        Matcher m = Pattern.compile("\\n\\s*unit\\s+VARCHAR\\((\\d+)\\)").matcher(v3);
        m.find();
        int unitLength = Integer.parseInt(m.group(1));
        assertEquals(unitLength, BulkLoader.fit(SSH_ITEM.UNIT, "x".repeat(unitLength + 50)).length());
        assertEquals("Buah", BulkLoader.fit(SSH_ITEM.UNIT, "Buah"));
        assertNull(BulkLoader.fit(BUDGET_LINE.NAME, null));
        assertEquals(BUDGET_LINE.SUB_KEGIATAN.getDataType().length(), BulkLoader.fit(BUDGET_LINE.SUB_KEGIATAN, "9".repeat(500)).length());
    }

    /**
     * Texts COPY's CSV treats specially (empty against NULL, the delimiter, quotes, line breaks, the
     * end marker, spaces at the ends, characters outside ASCII) come back unchanged, on both databases.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void textsComeBackAsTheyWereGiven(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        String[] texts = {"", "a,b", "say \"hi\"", "\"", "line\nbreak", "cr\rlf\r\n", "\\.", "\\x41", "  spaced  ", "Rp ½ — café, 😀", "Semen 50 kg"};
        List<org.jooq.Field<?>> columns = List.of(SSH_ITEM.TENANT_ID, SSH_ITEM.REVISION_ID, SSH_ITEM.ITEM_KEY, SSH_ITEM.ITEM_CODE, SSH_ITEM.NAME,
                SSH_ITEM.SPEC, SSH_ITEM.UNIT, SSH_ITEM.PRICE, SSH_ITEM.KIND, SSH_ITEM.PDN, SSH_ITEM.SIPD_ID, SSH_ITEM.SOURCE_LINE);
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        try (Database db = Database.open(s, Database.Access.WRITE, "35.15", Database.Schema.REQUIRE_CURRENT, m -> { })) {
            db.connection().setAutoCommit(false);
            try (BulkLoader loader = BulkLoader.open(db, SSH_ITEM, columns, false)) {
                for (int i = 0; i < texts.length; i++) {
                    loader.add(new Object[] {"35.15", 9_000, "k" + i, i % 2 == 0 ? null : texts[i], texts[i], texts[texts.length - 1 - i], texts[i],
                            new BigDecimal("1234567.89").add(BigDecimal.valueOf(i)), "SSH", i % 3 == 0 ? null : i % 3 == 1, 1L << 40 | i, i + 2});
                }
                loader.endLoad();
            }
            Result<Record> rows = db.dsl().select(columns).from(SSH_ITEM).where(SSH_ITEM.REVISION_ID.eq(9_000)).orderBy(SSH_ITEM.SOURCE_LINE).fetch();
            assertEquals(texts.length, rows.size());
            List<String> wanted = new ArrayList<>();
            List<String> got = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                Record r = rows.get(i);
                wanted.add(List.of("k" + i, String.valueOf(i % 2 == 0 ? null : texts[i]), texts[i], texts[texts.length - 1 - i], texts[i],
                        "" + new BigDecimal("1234567.89").add(BigDecimal.valueOf(i)), String.valueOf(i % 3 == 0 ? null : i % 3 == 1), "" + (1L << 40 | i)).toString());
                got.add(List.of(r.get(SSH_ITEM.ITEM_KEY), String.valueOf(r.get(SSH_ITEM.ITEM_CODE)), r.get(SSH_ITEM.NAME), r.get(SSH_ITEM.SPEC), r.get(SSH_ITEM.UNIT),
                        "" + r.get(SSH_ITEM.PRICE), String.valueOf(r.get(SSH_ITEM.PDN)), "" + r.get(SSH_ITEM.SIPD_ID)).toString());
            }
            assertEquals(wanted, got);
            db.connection().rollback();
        }
    }
}
