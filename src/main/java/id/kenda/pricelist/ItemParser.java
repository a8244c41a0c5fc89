package id.kenda.pricelist;

import id.kenda.domain.AccountCode;
import id.kenda.domain.Texts;
import id.kenda.domain.Visible;
import id.kenda.io.AmountException;
import id.kenda.io.Row;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns one row into a {@link PriceItem}, or says in a person's words why the row is invalid. */
final class ItemParser {
    static final BigDecimal MAX_PRICE = new BigDecimal("1E15");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ACCOUNT_SPLIT = Pattern.compile("[,;\\n]+");

    /** The row is invalid: where and why. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        Invalid(int column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }

    /** One parser per import: its cache of account cells lives and dies with the import, never across runs or threads. */
    ItemParser() {
    }

    PriceItem parse(Row r, Kind fileKind, boolean kindForced) throws Invalid {
        if (r.ragged()) {
            throw new Invalid(0, "has " + r.size() + " cells where the header has " + r.headerSize() + " (a stray delimiter or quote?)");
        }
        String name = r.get("name");
        if (name == null) {
            throw new Invalid(r.column("name"), "no item name (URAIAN BARANG)");
        }
        String unit = Texts.unitDisplay(r.get("unit"));
        if (unit == null) {
            throw new Invalid(r.column("unit"), "no unit (SATUAN)");
        }
        if (r.get("price") == null) {
            throw new Invalid(r.column("price"), "no price (HARGA SATUAN)");
        }
        BigDecimal price;
        try {
            price = r.amount("price");
        } catch (AmountException e) {
            throw new Invalid(r.column("price"), "price " + e.getMessage());
        }
        if (price.signum() <= 0) {
            throw new Invalid(r.column("price"), "price " + price.toPlainString() + " is not positive");
        }
        if (price.compareTo(MAX_PRICE) >= 0) {
            throw new Invalid(r.column("price"), "price " + price.toPlainString() + " is not below 10^15 rupiah");
        }
        price = price.stripTrailingZeros();
        if (price.scale() > 2) {
            throw new Invalid(r.column("price"), "price " + price.toPlainString() + " has more than 2 decimal places");
        }
        if (price.scale() < 0) {
            price = price.setScale(0);
        }
        String code = nospace(r.get("code"));
        if (code != null && !dottedDigits(code)) {
            throw new Invalid(r.column("code"), "item code '" + code + "' is not dotted digits like 1.1.7.01.01.01.001.00852"
                    + (Visible.hasInvisible(code) ? " (it holds a character you cannot see; retype the code)" : ""));
        }
        if (code != null && code.length() > 64) {
            throw new Invalid(r.column("code"), "item code is longer than 64 characters");
        }
        Long sipdId = null;
        String sid = nospace(r.get("sipdId"));
        if (sid != null) {
            try {
                sipdId = new BigDecimal(sid).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new Invalid(r.column("sipdId"), "ID STANDAR HARGA '" + sid + "' is not a whole number");
            }
        }
        String groupCode = nospace(r.get("groupCode"));
        String groupName = r.get("groupName");
        if (groupName != null && groupCode != null && groupName.startsWith(groupCode)) {
            groupName = groupName.substring(groupCode.length()).replaceFirst("^[\\s.\\-:]+", "");
        }
        String spec = r.get("spec");
        if (spec == null || spec.equals("-")) {
            spec = "";
        }
        String acc = r.get("accounts");
        Accounts parsed = acc == null ? Accounts.NONE : accountCells.get(acc);
        if (parsed == null) {
            parsed = accounts(acc, r.column("accounts"));
            if (accountCells.size() >= 10_000) {
                accountCells.clear();
            }
            accountCells.put(acc, parsed);
        }
        List<String> accounts = parsed.asWritten();
        List<String> norm = parsed.normalised();
        Kind kind = fileKind;
        if (!kindForced) {
            String k = r.get("kind") != null ? r.get("kind") : r.get("kindName");
            if (k != null) {
                String col = r.get("kind") != null ? "kind" : "kindName";
                kind = Kind.parse(k).orElseThrow(() -> new Invalid(r.column(col), "kind '" + k + "' is not 1-4 or SSH, HSPK, ASB, SBU"));
            }
        }
        BigDecimal tkdn = null;
        String t = r.get("tkdn");
        if (t != null) {
            try {
                tkdn = new BigDecimal(t.replace("%", "").replace(',', '.').strip());
            } catch (NumberFormatException e) {
                throw new Invalid(r.column("tkdn"), "TKDN '" + t + "' is not a percentage");
            }
            if (tkdn.signum() < 0 || tkdn.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new Invalid(r.column("tkdn"), "TKDN " + t + " is not between 0 and 100 %");
            }
        }
        Boolean pdn = null;
        String p = r.get("pdn");
        if (p != null) {
            pdn = switch (p.strip().toLowerCase(Locale.ROOT)) {
                case "ya", "y", "yes", "1", "true", "pdn" -> Boolean.TRUE;
                case "tidak", "t", "no", "n", "0", "false", "-" -> Boolean.FALSE;
                default -> throw new Invalid(r.column("pdn"), "PDN '" + p + "' is not ya/tidak");
            };
        }
        String key = code != null ? code : "n:" + sha1(Texts.fold(groupCode) + "|" + Texts.fold(name) + "|" + Texts.fold(spec) + "|" + Texts.unitKey(unit));
        return new PriceItem(key, code, sipdId, groupCode, groupName, name, spec, unit, price, accounts, norm, kind, tkdn, pdn,
                r.line(), fingerprint(r.raw()));
    }

    /** An account cell as read: the codes as written and as compared. Cells repeat across rows, so each is read once. */
    record Accounts(List<String> asWritten, List<String> normalised) {
        static final Accounts NONE = new Accounts(List.of(), List.of());
    }

    /** Account cells already read in this import, bounded. */
    private final Map<String, Accounts> accountCells = new HashMap<>();

    private static Accounts accounts(String acc, int column) throws Invalid {
        List<String> accounts = new ArrayList<>();
        List<String> norm = new ArrayList<>();
        for (String a : acc.indexOf(',') < 0 && acc.indexOf(';') < 0 && acc.indexOf('\n') < 0 ? new String[] {acc} : ACCOUNT_SPLIT.split(acc)) {
            String t = a.strip();
            if (t.isEmpty()) {
                continue;
            }
            String n = AccountCode.normalise(t).orElseThrow(() -> new Invalid(column,
                    "account code '" + t + "' is not 6 numeric segments like 5.1.02.01.01.0024"));
            accounts.add(nospace(t));
            if (!norm.contains(n)) {
                norm.add(n);
            }
        }
        return new Accounts(List.copyOf(accounts), List.copyOf(norm));
    }

    private static String nospace(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return WHITESPACE.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** {@code 1.1.7.01.01.01.001.00852}: digits in two or more dot-separated groups. */
    static boolean dottedDigits(String s) {
        int groups = 0;
        int digits = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && digits > 0) {
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups >= 2;
    }

    static long fingerprint(List<String> cells) {
        long h = 1125899906842597L;
        for (String c : cells) {
            String v = c == null ? "" : c.strip();
            for (int i = 0; i < v.length(); i++) {
                h = 31 * h + v.charAt(i);
            }
            h = h * 1099511628211L + 0x1f;
        }
        return h;
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
