package id.kenda.budget;

import id.kenda.core.Progress;
import id.kenda.io.ReadOptions;
import id.kenda.io.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule, firing and not firing, against a price index built in memory (no database). */
class ValidatorRulesTest {
    static final String H = "kode_skpd,kode_sub_kegiatan,kode_rekening,id_standar_harga,kode_barang,nama_komponen,spesifikasi,koefisien,volume,satuan,harga_satuan,ppn,jumlah\n";
    static final String S = "1.02.0.00.0.00.01.0000,1.02.02.2.02.0032,";
    static final List<BigDecimal> RATES = List.of(BigDecimal.ZERO, BigDecimal.valueOf(11), BigDecimal.valueOf(12));

    @TempDir
    Path tmp;

    static PriceIndex prices() {
        PriceIndex p = PriceIndex.empty(16, Map.of("Bh", "Buah"));
        p.add("1.1.1.01", 101L, "Ballpoint AE7", "Standard", "Buah", new BigDecimal("3100"), "5.1.2.1.1.24", "ssh", 2, false);
        p.add("1.1.1.02", 102L, "Kertas HVS A4", "70 gram", "Rim", new BigDecimal("52500"), "5.1.2.1.1.24,5.1.2.1.1.25", "ssh", 2, false);
        p.add("4.1.1.01", null, "Honorarium Narasumber", "", "Orang / Kali", new BigDecimal("900000"), "5.1.2.2.1.3", "sbu", 3, false);
        p.add("1.1.1.03", 103L, "Stapler HD-10", "", "Buah", new BigDecimal("21500"), null, "ssh", 1, true);
        p.add(null, null, "Nasi Kotak", "Paket A", "Kotak", new BigDecimal("35000"), null, "ssh", 2, false);
        p.add("2.2.1.01", null, "Galian Tanah Biasa", "", "M3", new BigDecimal("95000"), null, "hspk", 2, false);
        return p;
    }

    private ValidationResult run(String lines, boolean sshIncludesPpn, Map<String, BigDecimal> pagu) throws Exception {
        Path f = tmp.resolve("b" + System.nanoTime() + ".csv");
        Files.writeString(f, H + lines);
        try (TableReader r = TableReader.open(f, ReadOptions.AUTO, BudgetColumns.ALL)) {
            return new Validator(prices(), new Validator.Policy(sshIncludesPpn, RATES), pagu, 0, Progress.NONE).run(r, "35.15", 2026, null);
        }
    }

    private ValidationResult run(String lines) throws Exception {
        return run(lines, false, null);
    }

    private static List<String> rules(ValidationResult r) {
        List<String> out = new ArrayList<>();
        r.findings().forEach(f -> out.add(f.line() + ":" + f.rule()));
        return out;
    }

    @Test
    void cleanLinesHaveNoFindings() throws Exception {
        ValidationResult r = run(S + "5.1.02.01.01.0024,101,1.1.1.01,Ballpoint AE7,Standard,9 Buah,9,Buah,3100,11,30969\n"
                + S + "5.1.02.01.001.00025,,,Kertas HVS A4,70 gram,2 Rim,2,rim,52500,11,116550\n"
                + S + "5.1.02.02.01.0003,,4.1.1.01,Honorarium Narasumber,,2 Orang x 3 Kali,6,Orang/Kali,900000,0,5400000\n"
                + S + "5.1.02.01.01.0024,,,Ballpoint AE7,Standard,\"1,5 Bh x 2 Bh\",3,Bh,3000,12,10080\n");
        assertEquals(List.of(), rules(r), r.findings()::toString);
        assertEquals(4, r.checked());
    }

    @Test
    void namesMatchThroughNoBreakAndZeroWidthSpaces() throws Exception {
        // pasted from a web page or a PDF: the same name to the eye, never silently unmatched
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,,Kertas\u00a0HVS A4\u200b,70\u00a0gram,1 Rim,1,Rim,52500,0,52500\n"
                + S + "5.1.02.01.01.0024,,,\u200bBallpoint  AE7,Standard,1 Buah,1,Buah,3100,0,3100\n")));
        assertEquals(List.of("2:item-not-found"), rules(run(S + "5.1.02.01.01.0024,,,Kertas\u00a0HVS A5,70 gram,1 Rim,1,Rim,52500,0,52500\n")),
                "a different name is still not found");
    }

    @Test
    void stageMismatchComparesTheSebelumSideWithTheStoredStage() throws Exception {
        Path f = tmp.resolve("dpa-p.csv");
        Files.writeString(f, "kode_skpd,kode_sub_kegiatan,kode_rekening,kode_barang,koefisien,harga_satuan,ppn,jumlah,sebelum_jumlah,bertambah_berkurang\n"
                + S + "5.1.02.01.01.0024,1.1.1.01,2 Buah,3100,0,6200,3100,3100\n"
                + S + "5.1.02.01.01.0024,1.1.1.01,1 Buah,3100,0,3100,3100,0\n"
                + S + "5.1.02.01.01.0025,1.1.1.02,1 Rim,52500,0,52500,50000,2500\n");
        Map<String, BigDecimal> stored = Map.of("1.02.02.2.02.0032|5.1.2.1.1.24", new BigDecimal("6200"),
                "1.02.02.2.02.0032|5.1.2.1.1.25", new BigDecimal("52500"), "1.02.02.2.02.0032|5.1.2.1.1.26", new BigDecimal("1000"));
        try (TableReader r = TableReader.open(f, ReadOptions.AUTO, BudgetColumns.ALL)) {
            ValidationResult v = new Validator(prices(), new Validator.Policy(false, RATES), null, 0, Progress.NONE)
                    .previousStage(new Validator.PreviousStage("murni (revision 1)", stored)).run(r, "35.15", 2026, null);
            assertEquals(List.of("4:stage-mismatch", "0:stage-mismatch"), rules(v),
                    "the .25 account states 50000 of a stored 52500; the stored .26 is missing from the file");
            assertTrue(v.findings().get(0).message().contains("the stored murni (revision 1) holds Rp 52.500"), v.findings()::toString);
        }
        try (TableReader r = TableReader.open(f, ReadOptions.AUTO, BudgetColumns.ALL)) {
            assertEquals(List.of(), rules(new Validator(prices(), new Validator.Policy(false, RATES), null, 0, Progress.NONE).run(r, "35.15", 2026, null)),
                    "without a stored stage the sebelum side is not compared");
        }
    }

    @Test
    void itemNotFound() throws Exception {
        assertEquals(List.of("2:item-not-found"), rules(run(S + "5.1.02.01.01.0024,,9.9.9,Pensil Ajaib,,1 Buah,1,Buah,100,0,100\n")));
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,102,,,,1 Rim,1,Rim,52500,0,52500\n")), "matched by SIPD id");
    }

    @Test
    void priceAboveSshAndThePpnPolicy() throws Exception {
        assertEquals(List.of("2:price-above-ssh"), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3101,0,3101\n")));
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n")), "equal to the ceiling");
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,11,3441\n")), "PPN not compared when SSH excludes it");
        assertEquals(List.of("2:price-above-ssh"), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3000,11,3330\n", true, null)),
                "3000 x 1.11 = 3330 is above a PPN-inclusive ceiling of 3100");
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,2790,11,3097\n", true, null)));
    }

    @Test
    void unitMismatchIgnoresCaseSpacingAndAliases() throws Exception {
        assertEquals(List.of("2:unit-mismatch"), rules(run(S + "5.1.02.01.01.0024,,1.1.1.02,,,500 Lembar,500,Lembar,105,0,52500\n")));
        assertEquals(List.of(), rules(run(S + "5.1.02.02.01.0003,,4.1.1.01,,,1 Orang,1,ORANG /KALI,900000,0,900000\n")));
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Bh,1,Bh,3100,0,3100\n")), "tenant alias Bh = Buah");
    }

    @Test
    void accountNotAllowedComparesNumericSegments() throws Exception {
        assertEquals(List.of("2:account-not-allowed"), rules(run(S + "5.1.02.01.01.0029,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n")));
        assertEquals(List.of(), rules(run(S + "5.1.02.01.001.00024,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n")), "padded = short");
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0099,,,Nasi Kotak,Paket A,1 Kotak,1,Kotak,35000,0,35000\n")), "no accounts: any allowed");
    }

    @Test
    void totalMismatchRoundsHalfUpWithOneRupiahTolerance() throws Exception {
        // 3 x 2350 x 1.11 = 7825.5 -> 7826
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,,Ballpoint AE7,Standard,3 Buah,3,Buah,2350,11,7826\n")));
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,,Ballpoint AE7,Standard,3 Buah,3,Buah,2350,11,7825\n")), "1 rupiah off is tolerated");
        assertEquals(List.of("2:total-mismatch"), rules(run(S + "5.1.02.01.01.0024,,,Ballpoint AE7,Standard,3 Buah,3,Buah,2350,11,7824\n")));
        assertEquals(List.of("2:total-mismatch"), rules(run(S + "5.1.02.01.01.0024,,,Ballpoint AE7,Standard,3 Buah,3,Buah,abc,11,7826\n")),
                "an unreadable price is a finding on its line; the run goes on");
    }

    @Test
    void unitsWithADigitAreReadInTheKoefisien() throws Exception {
        assertEquals(List.of(), rules(run(S + "5.2.03.01.01.0001,,2.2.1.01,,,\"1,5 M3\",\"1,5\",M3,95000,0,142500\n"
                + S + "5.2.03.01.01.0001,,2.2.1.01,,,2 M2 x 3 Kali,6,M3,95000,0,570000\n"
                + S + "5.2.03.01.01.0001,,2.2.1.01,,,\"3 M3 x 0,5 Kali\",\"1,5\",M3,95000,0,142500\n")));
        assertEquals(List.of("2:volume-mismatch"), rules(run(S + "5.2.03.01.01.0001,,2.2.1.01,,,2 M2 x 3 Kali,5,M3,95000,0,475000\n")),
                "a koefisien with M2 is read, so a wrong volume is still caught");
    }

    @Test
    void volumeMismatch() throws Exception {
        assertEquals(List.of("2:volume-mismatch"), rules(run(S + "5.1.02.02.01.0003,,4.1.1.01,,,2 Orang x 3 Kali,5,Orang / Kali,900000,0,4500000\n")));
        assertEquals(List.of(), rules(run(S + "5.1.02.02.01.0003,,4.1.1.01,,,2 Orang × 3 Kali,6,Orang / Kali,900000,0,5400000\n")));
        assertEquals(List.of("2:volume-mismatch"), rules(run(S + "5.1.02.02.01.0003,,4.1.1.01,,,0 Orang,0,Orang / Kali,900000,0,0\n")));
        assertEquals(List.of("2:volume-mismatch"), rules(run(S + "5.1.02.02.01.0003,,4.1.1.01,,,1 x 1 x 1 x 1 x 1,1,Orang / Kali,900000,0,900000\n")),
                "more than four factors");
    }

    @Test
    void ppnWrittenWithAPercentSignIsReadAndAnUnreadablePpnDoesNotHideAMarkUp() throws Exception {
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,11 %,3441\n")));
        assertEquals(List.of("2:ppn-invalid", "2:price-above-ssh"), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,4000,sebelas,4440\n")));
    }

    @Test
    void ppnInvalidIsAWarning() throws Exception {
        ValidationResult r = run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,10,3410\n");
        assertEquals(List.of("2:ppn-invalid"), rules(r));
        assertEquals(0, r.errors());
        assertEquals(1, r.warnings());
        assertEquals(List.of(), rules(run(S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3000,12,3360\n")));
    }

    @Test
    void badCodesAndTheOlderSubKegiatanForm() throws Exception {
        assertEquals(List.of("2:bad-code"), rules(run(S + "5.1.02.01.01,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n")),
                "a bad account means no account check");
        assertEquals(List.of("2:bad-code"), rules(run("1.02.x,1.02.02.2.02.0032,5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n")));
        assertEquals(List.of(), rules(run("1.02.0.00.0.00.01.0000,1.02.02.2.02.32,5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n")));
    }

    @Test
    void duplicateLineOncePerRepeat() throws Exception {
        String l = S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n";
        assertEquals(List.of("3:duplicate-line", "4:duplicate-line"), rules(run(l + l + l)));
        assertEquals(List.of(), rules(run(l + S + "5.1.02.01.01.0024,,1.1.1.01,,,2 Buah,2,Buah,3100,0,6200\n")), "another koefisien");
    }

    @Test
    void duplicateLineFarApartIsCaughtAndAnotherSubKegiatanIsNotARepeat() throws Exception {
        String line = "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n";
        String other = "1.02.0.00.0.00.01.0000,1.02.02.2.02.0033,";
        StringBuilder file = new StringBuilder(S + line);
        for (int i = 0; i < 50; i++) {
            file.append(other).append("5.1.02.01.01.0024,,1.1.1.01,,,").append(i + 2).append(" Buah,").append(i + 2)
                    .append(",Buah,3100,0,").append(3100 * (i + 2)).append('\n');
        }
        file.append(S + line).append(other + line).append(other + line);
        assertEquals(List.of("53:duplicate-line", "55:duplicate-line"), rules(run(file.toString())),
                "a repeat after another sub kegiatan's block; the same line in another sub kegiatan is its own first");
    }

    @Test
    void itemRetiredAndExemptGrants() throws Exception {
        assertEquals(List.of("2:item-retired"), rules(run(S + "5.1.02.01.01.0024,,1.1.1.03,,,1 Buah,1,Buah,21500,0,21500\n")));
        ValidationResult grant = run(S + "5.1.05.05.01.0001,0,,Hibah Komite Sekolah,,1 Paket,1,Paket,150000000,0,150000000\n");
        assertEquals(List.of(), rules(grant));
        assertEquals(1, grant.exempt());
        assertEquals(List.of("2:item-not-found"), rules(run(S + "5.1.02.01.01.0024,0,,Hibah palsu,,1 Paket,1,Paket,1000,0,1000\n")),
                "id 0 on a goods account is not exempt");
    }

    @Test
    void paguExceededWhenTheSumPassesTheCeiling() throws Exception {
        String l = S + "5.1.02.01.01.0024,,1.1.1.01,,,1 Buah,1,Buah,3100,0,3100\n" + S + "5.1.02.01.01.0024,,1.1.1.01,,,2 Buah,2,Buah,3100,0,6200\n";
        assertEquals(List.of("3:pagu-exceeded"), rules(run(l, false, Map.of("1.02.02.2.02.0032", new BigDecimal("9000")))));
        assertEquals(List.of(), rules(run(l, false, Map.of("1.02.02.2.02.0032", new BigDecimal("9300")))), "equal to the pagu");
    }

    @Test
    void oneFindingPerRulePerLineAndRulesSkipUnusableFields() throws Exception {
        ValidationResult r = run(S + "5.1.02.01.01.0029,,9.9.9,,,2 Lembar x 3 Lembar,7,Lembar,3200,10,0\n");
        assertEquals(List.of("2:ppn-invalid", "2:volume-mismatch", "2:total-mismatch", "2:item-not-found"), rules(r),
                "no price, unit or account check without an item");
        assertTrue(r.findings().stream().allMatch(f -> f.line() == 2));
    }
}
