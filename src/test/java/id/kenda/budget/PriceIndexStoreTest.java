package id.kenda.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.db.Revisions;
import id.kenda.io.Encodings;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
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
import java.util.Map;

import static id.kenda.db.schema.Tables.PRICE_INDEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored price index: a validation reads it when it was built from the year's revisions as
 * they are, and rebuilds it (with the new prices) when an import changed them, when the copy is
 * damaged, or when it was never stored; a read copy answers every lookup as the built one does.
 */
class PriceIndexStoreTest {
    static final String SSH = "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv";
    static final String SBU = "src/main/resources/demo/export_excel_sbu_Sidoarjo_2026.csv";
    static final String GOLDEN = GoldenBudgetTest.GOLDEN.toString();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoredIndexIsUsedOnlyWhileItsRevisionsAreCurrent(Backend backend) throws Exception {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", SSH, SBU, "--year", "2026").exit());

        Run first = validate(k);
        assertTrue(first.err().contains("price index of 2026: built from"), first::toString);
        assertEquals(0, Json.parse(first.out()).get("errors").asInt(), first::toString);
        Run second = validate(k);
        assertTrue(second.err().contains("read from its stored copy"), second::toString);
        assertEquals(first.out(), second.out());

        // a new revision lowers the ballpoint's price below what the budget pays: the copy is stale
        Path cheaper = tmp.resolve("ssh-cheaper.csv");
        String text = Files.readString(Path.of(SSH), Encodings.WINDOWS_1252);
        assertTrue(text.contains("Ballpoint AE7;Standard AE7, tinta hitam;Buah;3.100,00"));
        Files.writeString(cheaper, text.replace("Ballpoint AE7;Standard AE7, tinta hitam;Buah;3.100,00", "Ballpoint AE7;Standard AE7, tinta hitam;Buah;3.000,00"), Encodings.WINDOWS_1252);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", cheaper.toString(), SBU, "--year", "2026").exit());
        Run afterImport = validate(k);
        assertTrue(afterImport.err().contains("price index of 2026: built from"), afterImport::toString);
        JsonNode j = Json.parse(afterImport.out());
        assertEquals(1, j.get("byRule").get("price-above-ssh").asInt(), afterImport::toString);
        assertTrue(validate(k).err().contains("read from its stored copy"));

        // a damaged copy is rebuilt, never trusted
        try (Database db = open(k)) {
            int parts = db.dsl().fetchCount(PRICE_INDEX);
            assertTrue(parts >= 1);
            db.dsl().update(PRICE_INDEX).set(PRICE_INDEX.DATA, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
                    .where(PRICE_INDEX.PART.eq(0)).execute();
        }
        Run damaged = validate(k);
        assertTrue(damaged.err().contains("price index of 2026: built from"), damaged::toString);
        assertEquals(afterImport.out(), damaged.out());

        // removing the tenant removes its stored index with it
        assertEquals(0, k.run("tenant", "remove", "35.15", "--yes").exit());
        try (Database db = open(k)) {
            assertEquals(0, db.dsl().fetchCount(PRICE_INDEX));
        }
    }

    @Test
    void aReadIndexAnswersEveryLookupAsTheBuiltOne() {
        PriceIndex built = PriceIndex.empty(16, Map.of("Bh", "Buah"));
        int n = 120_000; // about 9 MB: several parts
        for (int i = 0; i < n; i++) {
            built.add(i % 7 == 0 ? null : "1.1.7.01." + i, i % 5 == 0 ? null : (long) (30_000_000 + i), "Barang " + (i / 2), i % 3 == 0 ? "-" : "spek " + i,
                    i % 2 == 0 ? "Buah" : "Rim", BigDecimal.valueOf(1000 + i, 2), i % 4 == 0 ? "" : "5.1.02.01.01.0024,5.1.02.01.01.0025",
                    i % 4 == 1 ? "5.1.02.01.01.0024, 5.1.02.01.01.0025" : null, i % 11 == 0 ? "sbu" : "ssh", 1 + i % 3, i % 13 == 0);
        }
        List<byte[]> parts = new ArrayList<>();
        PriceIndexStore.Out out = new PriceIndexStore.Out(parts::add);
        built.writeTo(out);
        out.finish();
        assertTrue(parts.size() >= 5, "parts: " + parts.size());
        PriceIndexStore.In in = new PriceIndexStore.In(parts.size(), i -> i < parts.size() ? parts.get(i) : null);
        PriceIndex read = PriceIndex.readFrom(in, Map.of("Bh", "Buah"));
        assertTrue(in.checkEnd());
        assertEquals(built.size(), read.size());
        for (int i = 0; i < n; i += 7) {
            String code = "1.1.7.01." + i;
            same(built.find(code, null, null, null, null), read.find(code, null, null, null, null));
            same(built.find(null, (long) (30_000_000 + i), null, null, null), read.find(null, (long) (30_000_000 + i), null, null, null));
            same(built.find(null, null, "Barang " + (i / 2), "spek " + i, "Bh"), read.find(null, null, "Barang " + (i / 2), "spek " + i, "Bh"));
        }
        assertNull(read.find("no such code", null, "no such name", null, null));
        assertNotNull(read.find(null, null, "Barang 3", "spek 7", "Rim"));

        // one flipped byte anywhere fails the check
        parts.get(2)[100] ^= 1;
        PriceIndexStore.In bad = new PriceIndexStore.In(parts.size(), i -> i < parts.size() ? parts.get(i) : null);
        PriceIndex.readFrom(bad, Map.of("Bh", "Buah"));
        assertTrue(!bad.checkEnd());
    }

    @Test
    void aChecksumWrittenInAPartOfItsOwnReadsBack() {
        List<byte[]> parts = new ArrayList<>();
        PriceIndexStore.Out out = new PriceIndexStore.Out(parts::add);
        int n = PriceIndexStore.PART_BYTES / 4 - 1; // leaves 4 bytes in the first part: too few for the CRC
        for (int i = 0; i < n; i++) {
            out.putInt(i);
        }
        out.finish();
        assertEquals(2, parts.size());
        assertEquals(8, parts.get(1).length);
        PriceIndexStore.In in = new PriceIndexStore.In(parts.size(), i -> i < parts.size() ? parts.get(i) : null);
        for (int i = 0; i < n; i++) {
            assertEquals(i, in.getInt());
        }
        assertTrue(in.checkEnd());
    }

    @Test
    void aCountLargerThanThePartsIsDamageNotAnAllocation() {
        List<byte[]> parts = new ArrayList<>();
        PriceIndexStore.Out out = new PriceIndexStore.Out(parts::add);
        out.putInt(Integer.MAX_VALUE);
        out.finish();
        PriceIndexStore.In in = new PriceIndexStore.In(parts.size(), i -> i < parts.size() ? parts.get(i) : null);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> in.getLongs(in.getInt()));
    }

    @Test
    void theKeyNamesEveryRevisionFactAndTheUnitAliases() {
        Revisions.Info a = new Revisions.Info(1, "ssh", 2026, "ssh", null, "active", "a.csv", "abc", 10, "2026-01-01T00:00Z", "2026-01-01T00:01Z");
        Revisions.Info archived = new Revisions.Info(1, "ssh", 2026, "ssh", null, "archived", "a.csv", "abc", 10, "2026-01-01T00:00Z", "2026-01-01T00:01Z");
        Revisions.Info otherSum = new Revisions.Info(1, "ssh", 2026, "ssh", null, "active", "a.csv", "abd", 10, "2026-01-01T00:00Z", "2026-01-01T00:01Z");
        String key = PriceIndexStore.key(List.of(a), Map.of());
        assertEquals(key, PriceIndexStore.key(List.of(a), Map.of()));
        assertNotEquals(key, PriceIndexStore.key(List.of(archived), Map.of()));
        assertNotEquals(key, PriceIndexStore.key(List.of(otherSum), Map.of()));
        assertNotEquals(key, PriceIndexStore.key(List.of(a), Map.of("Bh", "Buah")));
        assertNotEquals(key, PriceIndexStore.key(List.of(), Map.of()));
        assertNotEquals(PriceIndexStore.key(List.of(a), Map.of("a=b", "c")), PriceIndexStore.key(List.of(a), Map.of("a", "b=c")));
    }

    /** Items compare field by field (the account list is an array). */
    private static void same(PriceIndex.Item a, PriceIndex.Item b) {
        if (a == null || b == null) {
            assertEquals(a, b);
            return;
        }
        assertEquals(a.price(), b.price());
        assertEquals(a.unit(), b.unit());
        assertEquals(a.unitKey(), b.unitKey());
        assertEquals(java.util.Arrays.toString(a.accounts()), java.util.Arrays.toString(b.accounts()));
        assertEquals(a.accountsShown(), b.accountsShown());
        assertEquals(a.revision(), b.revision());
        assertEquals(a.kind(), b.kind());
        assertEquals(a.retired(), b.retired());
    }

    private static Run validate(Kenda k) {
        Run r = k.run("-v", "-t", "35.15", "budget", "validate", GOLDEN, "-o", "json", "--fail-on", "never");
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private static Database open(Kenda k) {
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        return Database.open(s, Database.Access.WRITE, Database.Schema.REQUIRE_CURRENT, m -> { });
    }
}
