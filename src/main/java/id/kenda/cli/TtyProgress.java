package id.kenda.cli;

import id.kenda.core.Progress;

import java.io.PrintWriter;

/** A one-line progress display with rows per second, redrawn at most twice a second, on a terminal only. */
final class TtyProgress implements Progress {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private TtyProgress(PrintWriter err) {
        this.err = err;
    }

    static Progress of(Console console) {
        return console.progress() ? new TtyProgress(console.err()) : Progress.NONE;
    }

    @Override
    public void update(String what, long done) {
        if ((done & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 500_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(0.001, (now - start) / 1e9);
        err.print(String.format("\r\u001b[K%s: %,d rows (%,.0f rows/s)", what, done, done / seconds));
        err.flush();
        drawn = true;
    }

    @Override
    public void done() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
