package dev.easel.cli;

import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

import java.time.Duration;
import java.util.Optional;

import java.util.function.Consumer;

/** Shows a stylizer's progress as a terminal bar: step, losses, it/s and ETA. */
final class ProgressBarListener implements ProgressListener, AutoCloseable {
    private final String task;
    private final Consumer<Progress> also;
    private ProgressBar bar;
    private volatile double workDone;

    ProgressBarListener(String task, Consumer<Progress> also) {
        this.task = task;
        this.also = also;
    }

    @Override
    public void onProgress(Progress p) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(p.totalSteps())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" it", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500)
                .setEtaFunction(this::eta).build();
        }
        workDone = p.workDone();
        bar.stepTo(p.step());
        String extra = " " + p.stage();
        if (p.loss() != null) {
            extra += String.format(" c=%.2g s=%.2g", p.loss().content(), p.loss().style());
        }
        bar.setExtraMessage(extra);
        also.accept(p);
    }

    /** ETA from the share of work done, not of steps: coarse-to-fine steps get costlier as the image grows. */
    private Optional<Duration> eta(ProgressState state) {
        double f = workDone;
        if (f <= 0) {
            return Optional.empty();
        }
        Duration elapsed = state.getElapsedAfterStart();
        return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f)));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
