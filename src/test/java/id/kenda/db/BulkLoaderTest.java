package id.kenda.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.kenda.db.schema.Tables.BUDGET_LINE;
import static id.kenda.db.schema.Tables.SSH_ITEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Long texts are cut to the lengths the migrations give their columns, read from the generated schema. */
class BulkLoaderTest {
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
}
