package id.kenda.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.Progress;
import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.io.ReadOptions;
import id.kenda.io.TableReader;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lines of a real 2025 RKA (sub kegiatan 2.16.03.2.01.0004) validate clean against an
 * SSH holding their items and reproduce every total to the rupiah. The source gives six of the
 * lines and the group totals (9 ATK lines 518.259, ink 941.724, travel 6.945.000); the fixture
 * completes the group with constructed lines that add up to those totals.
 */
class GoldenBudgetTest {
    static final Path GOLDEN = Path.of("src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void goldenSubKegiatanValidatesCleanAndReproducesEveryTotal(Backend backend) throws Exception {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv",
                "src/main/resources/demo/export_excel_sbu_Sidoarjo_2026.csv", "--year", "2026").exit());
        Run r = k.run("-t", "35.15", "budget", "validate", GOLDEN.toString(), "-o", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode j = Json.parse(r.out());
        assertEquals(13, j.get("lines").asInt());
        assertEquals(0, j.get("errors").asInt(), r::toString);
        assertEquals(0, j.get("warnings").asInt(), r::toString);
        assertEquals(8404983, j.get("total").asLong());
        assertEquals("2.16.03.2.01.0004", j.get("subKegiatan").get(0).get("code").asText());
        assertEquals(8404983, j.get("subKegiatan").get(0).get("total").asLong());

        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        List<BudgetLine> lines = new ArrayList<>();
        try (Database db = Database.open(s, Database.Access.READ, Database.Schema.REQUIRE_CURRENT, m -> { });
             TableReader in = TableReader.open(GOLDEN, ReadOptions.AUTO, BudgetColumns.ALL)) {
            PriceIndex p = PriceIndex.load(db.dsl(), "35.15", 2026, Map.of());
            new Validator(p, new Validator.Policy(false, List.of(BigDecimal.ZERO, BigDecimal.valueOf(11))), null, 0, Progress.NONE)
                    .run(in, "35.15", 2026, (line, err) -> lines.add(line));
        }
        long[] documented = {30_969, 45_954, 68_820, 538_128, 403_596, 2_175_000};
        String[] names = {"Ballpoint AE7", "Ballpoint AE9", "Binder clips No.105", "Tinta 664 Hitam", "Tinta 664 Warna", "Perjalanan Dinas Dalam Kota"};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            BudgetLine l = lines.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            assertEquals(documented[i], l.computedTotal().longValueExact(), name);
        }
        long atk = lines.stream().filter(l -> l.accountNorm().equals("5.1.2.1.1.24")).mapToLong(l -> l.computedTotal().longValueExact()).sum();
        long ink = lines.stream().filter(l -> l.accountNorm().equals("5.1.2.1.1.29")).mapToLong(l -> l.computedTotal().longValueExact()).sum();
        long travel = lines.stream().filter(l -> l.accountNorm().startsWith("5.1.2.4.")).mapToLong(l -> l.computedTotal().longValueExact()).sum();
        assertEquals(9, lines.stream().filter(l -> l.accountNorm().equals("5.1.2.1.1.24")).count());
        assertEquals(518_259, atk);
        assertEquals(941_724, ink);
        assertEquals(6_945_000, travel);
        assertEquals(8_404_983, atk + ink + travel);
    }
}
