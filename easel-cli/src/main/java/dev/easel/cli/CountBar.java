package dev.easel.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Optional;

/** A terminal bar over counted items (files of a batch, frames of a video): done/total, items per second, ETA. */
final class CountBar implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream err = System.err;
    /** Items done, plus the finished share of the item in progress: a smoother ETA for slow items. */
    private volatile double progress;

    CountBar(String task, String unit, long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
            .setUnit(" " + unit, 1).showSpeed(new DecimalFormat("0.00")).setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(err)).setEtaFunction(this::eta).build();
    }

    /** {@code done} items finished, {@code partOfNext} (0..1) of the next one; {@code message} beside the bar. */
    void update(long done, double partOfNext, String message) {
        progress = done + Math.max(0, Math.min(1, partOfNext));
        bar.stepTo(done);
        bar.setExtraMessage(message);
    }

    /** A better estimate of the total (a video's frame count is known only roughly up front). */
    void total(long total) {
        if (total != bar.getMax()) {
            bar.maxHint(total);
        }
    }

    /** A line of its own above the bar (the bar redraws below it). */
    void println(String line) {
        err.print("\r" + line + " ".repeat(Math.max(0, 100 - line.length())) + "\n");
        err.flush();
    }

    private Optional<Duration> eta(ProgressState state) {
        double done = progress;
        if (done <= 0) {
            return Optional.empty();
        }
        double left = state.getMax() - done;
        return Optional.of(Duration.ofMillis((long) (state.getElapsedAfterStart().toMillis() * Math.max(0, left) / done)));
    }

    @Override
    public void close() {
        bar.close();
    }
}
