package id.kenda.tenant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of Indonesia's regions (Kepmendagri 300.2.2-2138/2025), shipped as
 * {@code regions-2025.csv} beside this class: which codes exist, their names and kinds.
 */
public final class Regions {
    /** The decree the list comes from, for messages. */
    public static final String SOURCE = "Kepmendagri 300.2.2-2138/2025";

    /** One listed region: a province ({@code 35}), kabupaten or kota ({@code 35.79}). */
    public record Region(String code, String name, String kind) {
        /** The government's name as tenants carry it: "Pemerintah Kota Batu". */
        public String governmentName() {
            return "Pemerintah " + name;
        }
    }

    private static final Map<String, Region> ALL = load();

    private Regions() {
    }

    public static Optional<Region> find(String code) {
        return Optional.ofNullable(ALL.get(code));
    }

    /** How many regions of a kind the list holds ({@code provinsi}, {@code kabupaten}, {@code kota}). */
    public static long count(String kind) {
        return ALL.values().stream().filter(r -> r.kind().equals(kind)).count();
    }

    /**
     * The listed kabupaten and kota of the code's province most like it (at most {@code n}): those
     * one mistyped digit away first, then by how far the number is.
     */
    public static List<Region> nearest(String code, int n) {
        String province = code.length() >= 2 ? code.substring(0, 2) : code;
        int number = code.length() == 5 ? Integer.parseInt(code.substring(3)) : 0;
        List<Region> out = new ArrayList<>();
        for (Region r : ALL.values()) {
            if (r.code().length() == 5 && r.code().startsWith(province + ".")) {
                out.add(r);
            }
        }
        String digits = code.length() == 5 ? code.substring(3) : "00";
        out.sort(Comparator.comparingInt((Region r) -> {
            String other = r.code().substring(3);
            int differing = (other.charAt(0) == digits.charAt(0) ? 0 : 1) + (other.charAt(1) == digits.charAt(1) ? 0 : 1);
            return differing * 100 + Math.abs(Integer.parseInt(other) - number);
        }).thenComparing(Region::code));
        return out.subList(0, Math.min(n, out.size()));
    }

    private static Map<String, Region> load() {
        Map<String, Region> out = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream("regions-2025.csv")) {
            if (in == null) {
                throw new IllegalStateException("regions-2025.csv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                // names hold no comma (the list is checked by RegionsTest), so a plain split is exact
                String[] f = line.split(",", -1);
                out.put(f[0], new Region(f[0], f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
