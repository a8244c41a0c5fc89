package id.kenda.cli;

import id.kenda.io.ReadOptions;
import id.kenda.io.TableReader;
import id.kenda.pricelist.PriceListColumns;
import id.kenda.testing.Generate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line on a terminal: percent and time left when the input's size is known. */
class TtyProgressTest {
    @TempDir
    Path tmp;

    @Test
    void percentAndTimeLeftWhenTheWholeIsKnown() {
        assertEquals("importing ssh.csv: 25 % 100,000 rows (50,000 rows/s), about 0:06 left", TtyProgress.line("importing ssh.csv", 100_000, 0.25, 2.0));
        assertEquals("importing ssh.xlsx: 100,000 rows (50,000 rows/s)", TtyProgress.line("importing ssh.xlsx", 100_000, -1, 2.0));
        assertEquals("x: 50 % 10 rows (0 rows/s), about 1:40 left", TtyProgress.line("x", 10, 0.5, 100));
    }

    @Test
    void aCsvReaderTellsHowMuchOfTheFileItHasRead() throws Exception {
        Path f = Generate.priceList(tmp.resolve("p.csv"), 50_000, 3);
        try (TableReader r = TableReader.open(f, ReadOptions.AUTO, PriceListColumns.ALL)) {
            double last = -1;
            double middle = -1;
            int n = 0;
            for (var row : r) {
                double now = r.fractionRead();
                assertTrue(now >= last, "never goes back");
                last = now;
                if (++n == 25_000) {
                    middle = now;
                }
            }
            assertTrue(middle > 0.3 && middle < 0.7, "about half way at half the rows: " + middle);
            assertEquals(1.0, last, 1e-9);
        }
    }
}
