package id.kenda.io;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows read ahead on a second thread arrive as one thread reads them: all, in order, and a failure where it happened. */
class PrefetchTest {
    @TempDir
    Path tmp;

    private static final List<Column> COLUMNS = List.of(Column.required("a", "a"), Column.required("b", "b"));

    private Path file(int rows, int repeatHeaderAt) throws Exception {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i == repeatHeaderAt ? "a,b" : i + ",x" + i).append('\n');
        }
        return Files.writeString(tmp.resolve("t" + rows + "-" + repeatHeaderAt + ".csv"), sb.toString());
    }

    private static List<String> read(Path f, boolean threaded) {
        List<String> seen = new ArrayList<>();
        try (TableReader r = TableReader.open(f, ReadOptions.AUTO, COLUMNS);
             Prefetch<String> rows = Prefetch.of(r, row -> row.line() + ":" + row.get("a"), threaded)) {
            for (String s : rows) {
                seen.add(s);
            }
        }
        return seen;
    }

    @Test
    void everyRowArrivesInFileOrder() throws Exception {
        Path f = file(Prefetch.IN_FLIGHT * 3 + 17, -1);
        List<String> one = read(f, false);
        assertEquals(Prefetch.IN_FLIGHT * 3 + 17, one.size());
        assertEquals(one, read(f, true));
    }

    @Test
    void aReadFailureArrivesAfterTheRowsBeforeIt() throws Exception {
        int at = Prefetch.IN_FLIGHT * 4 + 3; // past the rows the reader samples to choose number formats
        Path f = file(at + 2_000, at);
        for (boolean threaded : new boolean[] {false, true}) {
            List<String> seen = new ArrayList<>();
            KendaException e = assertThrows(KendaException.class, () -> {
                try (TableReader r = TableReader.open(f, ReadOptions.AUTO, COLUMNS);
                     Prefetch<String> rows = Prefetch.of(r, row -> row.get("a"), threaded)) {
                    rows.forEach(seen::add);
                }
            });
            assertEquals(ExitCode.DATA, e.exitCode());
            assertTrue(e.getMessage().contains(":" + (at + 1) + ": the header row appears again"), e.getMessage());
            assertEquals(at - 1, seen.size(), "threaded " + threaded);
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws Exception {
        Path f = file(Prefetch.IN_FLIGHT * 10, -1);
        try (TableReader r = TableReader.open(f, ReadOptions.AUTO, COLUMNS)) {
            Prefetch<Row> rows = Prefetch.of(r, row -> row, true);
            int n = 0;
            for (Row ignored : rows) {
                if (++n == 10) {
                    break;
                }
            }
            rows.close();
            assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("kenda-reader") && t.isAlive()),
                    "the reading thread has stopped");
        }
    }
}
