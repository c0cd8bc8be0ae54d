package dev.easel.cli;

import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.function.Consumer;

/** Shows a stylizer's progress as a terminal bar: step, losses, it/s and ETA. */
final class ProgressBarListener implements ProgressListener, AutoCloseable {
    private final String task;
    private final Consumer<Progress> also;
    private ProgressBar bar;

    ProgressBarListener(String task, Consumer<Progress> also) {
        this.task = task;
        this.also = also;
    }

    @Override
    public void onProgress(Progress p) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(p.totalSteps())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" it", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).build();
        }
        bar.stepTo(p.step());
        String extra = p.stage();
        if (p.loss() != null) {
            extra += String.format(" content %.3g style %.3g", p.loss().content(), p.loss().style());
        }
        bar.setExtraMessage(extra);
        also.accept(p);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
