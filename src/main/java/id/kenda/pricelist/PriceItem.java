package id.kenda.pricelist;

import java.math.BigDecimal;
import java.util.List;

/**
 * One standard-price item as imported.
 *
 * @param key          identity within a revision: the item code, or a hash of (group, name, spec, unit)
 * @param accounts     account codes as written
 * @param accountsNorm the same compared by numeric segments ({@code 5.1.2.1.1.24})
 * @param fingerprint  a hash of every cell: equal rows are one item, the repeat a duplicate
 */
public record PriceItem(String key, String code, Long sipdId, String groupCode, String groupName, String name, String spec,
                        String unit, BigDecimal price, List<String> accounts, List<String> accountsNorm, Kind kind,
                        BigDecimal tkdn, Boolean pdn, int line, long fingerprint) {
}
