package id.kenda.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.kenda.core.KendaException;
import id.kenda.io.AmountException;
import id.kenda.io.ReadOptions;
import id.kenda.io.Row;
import id.kenda.io.TableReader;
import id.kenda.pricelist.PriceListColumns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes, as a CSV or an XLSX file, through the reader pipeline: rows or the project's own input
 * error (KendaException, AmountException), never anything else. Crashing inputs become files beside
 * this class (regression fixtures). {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest} fuzzes.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void csvAndXlsxNeverCrash(FuzzedDataProvider data) throws IOException {
        boolean xlsx = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        Path f = Files.createTempFile("kenda-fuzz", xlsx ? ".xlsx" : ".csv");
        try {
            Files.write(f, bytes);
            try (TableReader r = TableReader.open(f, ReadOptions.AUTO, PriceListColumns.ALL)) {
                for (Row row : r) {
                    row.get("name");
                    try {
                        row.amount("price");
                    } catch (AmountException expected) {
                        // a cell that is not a number
                    }
                }
            } catch (KendaException expected) {
                if (expected.exitCode() == 70) {
                    throw expected;
                }
            }
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("an I/O exception escaped the reader", e);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
