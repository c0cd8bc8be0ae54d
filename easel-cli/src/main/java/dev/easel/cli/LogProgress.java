package dev.easel.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress for a log or a redirected stderr: a plain line now and then (never a line per step, no carriage
 * returns or colour codes), with every figure in full, and a last line when the work ends.
 */
final class LogProgress implements ProgressSink {
    static final Duration EVERY = Duration.ofSeconds(10);

    private final String task;
    private final String unit;
    private final PrintStream out;
    private final long everyNanos;
    private final LongSupplier clock;
    private final long start;
    private long lastPrinted = Long.MIN_VALUE;
    private String pending;

    LogProgress(String task, String unit, PrintStream out, Duration every, LongSupplier clock) {
        this.task = task;
        this.unit = unit;
        this.out = out;
        this.everyNanos = every.toNanos();
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void update(long done, long total, Duration left, String detail) {
        long now = clock.getAsLong();
        pending = line(done, total, left, detail, now);
        if (lastPrinted == Long.MIN_VALUE || now - lastPrinted >= everyNanos) {
            flush(now);
        }
    }

    @Override
    public synchronized void println(String line) {
        out.println(line);
    }

    /** The last state, if not printed yet: a log ends with where the work got to. */
    @Override
    public synchronized void close() {
        flush(clock.getAsLong());
    }

    private void flush(long now) {
        if (pending != null) {
            out.println(pending);
            pending = null;
            lastPrinted = now;
        }
    }

    private String line(long done, long total, Duration left, String detail, long now) {
        double seconds = (now - start) / 1e9;
        StringBuilder s = new StringBuilder(task);
        s.append(String.format(Locale.ROOT, " %3d%% %d/%d %s", total == 0 ? 100 : Math.round(100.0 * done / total), done, total, unit));
        if (seconds > 0 && done > 0) {
            s.append(String.format(Locale.ROOT, ", %.2f %s/s", done / seconds, unit));
        }
        s.append(", elapsed ").append(clock(Duration.ofNanos(now - start)));
        if (left != null && done < total) {
            s.append(", about ").append(clock(left)).append(" left");
        }
        if (!detail.isEmpty()) {
            s.append(", ").append(detail);
        }
        return s.toString();
    }

    /** 0:42, 12:05, 2:03:10. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
