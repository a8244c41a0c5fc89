package id.kenda.testing;

import id.kenda.budget.BudgetColumns;
import id.kenda.budget.PriceIndex;
import id.kenda.budget.ValidationResult;
import id.kenda.budget.Validator;
import id.kenda.core.Progress;
import id.kenda.io.ReadOptions;
import id.kenda.io.TableReader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A child process for the fixed-heap test: builds the price index for N generated items in memory
 * and validates a budget file, printing lines and findings. Run with a small -Xmx.
 */
public final class ValidateMain {
    private ValidateMain() {
    }

    public static void main(String[] args) throws Exception {
        int items = Integer.parseInt(args[1]);
        PriceIndex p = PriceIndex.empty(items, Map.of());
        java.util.Random prices = new java.util.Random(7);
        for (int i = 1; i <= items; i++) {
            prices.nextInt(50);
            prices.nextInt(9);
            int group = i / 1000;
            p.add("1.1.7.01.01." + String.format("%02d", group % 100) + ".001." + String.format("%07d", i), 40_000_000L + i, "Barang nomor " + i, "",
                    "Buah", BigDecimal.valueOf(1000 + prices.nextInt(2_000_000)), "5.1.2.1.1.24,5.1.2.1.1.25", "ssh", 1, false);
        }
        try (TableReader r = TableReader.open(Path.of(args[0]), ReadOptions.AUTO, BudgetColumns.ALL)) {
            ValidationResult v = new Validator(p, new Validator.Policy(false, List.of(BigDecimal.ZERO, BigDecimal.valueOf(11))), null, 1000, Progress.NONE)
                    .run(r, "35.15", 2026, null);
            System.out.println(v.lines() + " " + v.errors() + " " + v.byRule());
        }
    }
}
