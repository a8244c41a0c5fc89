package id.kenda.budget;

import id.kenda.budget.rules.BudgetRule;
import id.kenda.budget.rules.Rules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's rule table, the rule ids and the rule classes say the same thing. */
class RuleTableTest {
    @Test
    void theReadmeTableListsEveryRuleWithItsSeverity() throws Exception {
        Pattern row = Pattern.compile("^\\| `([a-z-]+)` \\| (error|warning) \\|", Pattern.MULTILINE);
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Budget validation");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> documented = new TreeMap<>();
        Matcher m = row.matcher(section);
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> code = new TreeMap<>();
        for (Rule r : Rule.values()) {
            code.put(r.id, r.severity.id());
        }
        assertEquals(code, documented);
    }

    @Test
    void everyRuleIdHasExactlyOneRuleClass() {
        List<BudgetRule> rules = Rules.standard(false, List.of(BigDecimal.ZERO), PriceIndex.empty(16, Map.of()), null, List.of(), null, null);
        List<Rule> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.id()));
        assertEquals(List.of(Rule.values()).stream().sorted().toList(), ids.stream().sorted().toList());
        for (BudgetRule r : rules) {
            String expected = Character.toUpperCase(r.id().id.charAt(0)) + camel(r.id().id.substring(1)) + "Rule";
            assertEquals(expected, r.getClass().getSimpleName(), "one class per rule id, named for it");
        }
    }

    private static String camel(String s) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : s.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
