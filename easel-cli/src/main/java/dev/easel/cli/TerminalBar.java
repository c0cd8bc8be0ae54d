package dev.easel.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Optional;

/** The progress bar on a terminal, redrawn in place: done/total, rate, ETA and what is running. */
final class TerminalBar implements ProgressSink {
    private final PrintStream err = System.err;
    private final ProgressBar bar;
    private volatile Duration left;

    TerminalBar(String task, String unit) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(1).setStyle(ProgressBarStyle.ASCII)
            .setUnit(" " + unit, 1).showSpeed(new DecimalFormat("0.00")).setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(err)).setEtaFunction(state -> Optional.ofNullable(left)).build();
    }

    @Override
    public void update(long done, long total, Duration left, String detail) {
        this.left = left;
        if (total != bar.getMax()) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
        bar.setExtraMessage(detail.isEmpty() ? "" : " " + detail); // the bar puts it right after "it/s"
    }

    @Override
    public void println(String line) {
        err.print("\r" + line + " ".repeat(Math.max(0, 100 - line.length())) + "\n");
        err.flush();
    }

    @Override
    public void close() {
        bar.close();
    }
}
