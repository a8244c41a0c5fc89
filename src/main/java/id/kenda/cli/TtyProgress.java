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
        update(what, done, -1);
    }

    @Override
    public void update(String what, long done, double fraction) {
        if ((done & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 500_000_000L) {
            return;
        }
        lastDraw = now;
        err.print("\r\u001b[K" + line(what, done, fraction, (now - start) / 1e9));
        err.flush();
        drawn = true;
    }

    /** {@code importing ssh.csv: 42 % 420,000 rows (85,000 rows/s), about 0:06 left}; without a known whole, no percent or ETA. */
    static String line(String what, long done, double fraction, double elapsedSeconds) {
        double seconds = Math.max(0.001, elapsedSeconds);
        String rate = String.format("%,d rows (%,.0f rows/s)", done, done / seconds);
        if (fraction <= 0 || fraction > 1) {
            return what + ": " + rate;
        }
        long left = Math.round(seconds * (1 - fraction) / fraction);
        return String.format("%s: %d %% %s, about %d:%02d left", what, (int) Math.floor(fraction * 100), rate, left / 60, left % 60);
    }

    @Override
    public void done() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
