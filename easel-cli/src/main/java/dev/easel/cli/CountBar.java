package dev.easel.cli;

import java.time.Duration;

/** Progress over counted items (files of a batch, frames of a video): done/total, items per second, time left. */
final class CountBar implements AutoCloseable {
    private final ProgressSink sink;
    private final long start = System.nanoTime();
    private long total;

    CountBar(String task, String unit, long total) {
        this.sink = ProgressSink.standard(task, unit);
        this.total = total;
    }

    /** {@code done} items finished, {@code partOfNext} (0..1) of the next one; {@code message} after the figures. */
    void update(long done, double partOfNext, String message) {
        double progress = done + Math.max(0, Math.min(1, partOfNext)); // a smoother ETA for slow items
        long elapsed = System.nanoTime() - start;
        Duration left = progress <= 0 ? null : Duration.ofNanos((long) (elapsed * Math.max(0, total - progress) / progress));
        sink.update(done, total, left, message);
    }

    /** A better estimate of the total (a video's frame count is known only roughly up front). */
    void total(long total) {
        this.total = total;
    }

    /** A line of its own, apart from the progress. */
    void println(String line) {
        sink.println(line);
    }

    @Override
    public void close() {
        sink.close();
    }
}
