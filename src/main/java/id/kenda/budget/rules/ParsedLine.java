package id.kenda.budget.rules;

import id.kenda.core.Text;

import id.kenda.budget.Koefisien;
import id.kenda.budget.PriceIndex;

import java.math.BigDecimal;

/**
 * One budget line parsed once, for every rule: each field as written and as read, and what was
 * wrong with reading it ({@code ...Problem}: the reader's message, null when the field is fine or
 * absent). Rules read it; none parses again.
 *
 * @param codeProblem   the first malformed code (sub kegiatan, account, SKPD), or null
 * @param priceProblem  why harga satuan could not be read
 * @param ppnProblem    why PPN could not be read (then {@code ppn} is 0)
 * @param koefisien     the parsed koefisien, null when absent or unreadable
 * @param volume        the line's volume as given, else the koefisien's product
 * @param volumeGiven   the volume column's value, null when empty or unreadable
 * @param volumeProblem why volume could not be read
 * @param jumlahColumn  whether the file has a jumlah column at all
 * @param computed      round-half-up(volume x price x (1 + PPN/100)), null when an input is unusable
 * @param exempt        a grant or aid line, not SSH-priced
 * @param item          the matched SSH item, null when none matched (or exempt)
 * @param subTotal      the running total of the line's sub kegiatan, this line included
 * @param beforeText    a DPA-P line's sebelum_jumlah as written (null when absent)
 * @param before        sebelum_jumlah as read, null when absent or unreadable
 * @param changeText    bertambah_berkurang as written (null when absent)
 * @param change        bertambah_berkurang as read, null when absent or unreadable
 * @param sideProblem   why sebelum_jumlah or bertambah_berkurang could not be read
 */
public record ParsedLine(int line, String skpd, String subKegiatan, String account, String accountNorm, CodeProblem codeProblem,
                         String priceText, BigDecimal price, Text priceProblem,
                         String ppnText, BigDecimal ppn, Text ppnProblem,
                         String koefisienText, Koefisien koefisien, String volumeText, BigDecimal volume, BigDecimal volumeGiven,
                         Text volumeProblem,
                         boolean jumlahColumn, String jumlahText, BigDecimal jumlah, Text jumlahProblem, BigDecimal computed,
                         String code, Long sipdId, String name, String spec, String unit, boolean exempt, PriceIndex.Item item,
                         BigDecimal subTotal, String beforeText, BigDecimal before, String changeText, BigDecimal change, Text sideProblem) {

    /** A place in the file with nothing read: for a finding about a sub kegiatan and account the file lacks. */
    public static ParsedLine at(int line, String skpd, String subKegiatan, String account) {
        return new ParsedLine(line, skpd, subKegiatan, account, null, null, null, null, null, null, BigDecimal.ZERO, null, null, null, null, null,
                null, null, false, null, null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null);
    }

    /** A malformed code: the field, the value, what it should look like, the message. */
    public record CodeProblem(String field, String value, Text expected, Text message) {
    }
}
