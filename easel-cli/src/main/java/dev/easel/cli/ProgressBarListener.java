package dev.easel.cli;

import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/** Shows a stylizer's progress (a bar on a terminal, lines in a log): step, losses, rate, time left. */
final class ProgressBarListener implements ProgressListener, AutoCloseable {
    private final ProgressSink sink;
    private final Consumer<Progress> also;
    private final TimeEstimate estimate;
    private long start = -1;

    ProgressBarListener(String task, Consumer<Progress> also) {
        this(task, also, null);
    }

    /** @param estimate says once, early, how long the whole run will take (null: no such line) */
    ProgressBarListener(String task, Consumer<Progress> also, TimeEstimate estimate) {
        this.sink = ProgressSink.standard(task, "it");
        this.also = also;
        this.estimate = estimate;
    }

    @Override
    public void onProgress(Progress p) {
        long now = System.nanoTime();
        if (start < 0) {
            start = now;
        }
        sink.update(p.step(), p.totalSteps(), left(now - start, p.workDone()), detail(p));
        if (estimate != null) {
            estimate.offer(now, p.workDone()).forEach(sink::println);
        }
        also.accept(p);
    }

    /** The stage and, where the method has them, the losses. */
    static String detail(Progress p) {
        String detail = p.stage();
        if (p.loss() != null) {
            detail += String.format(Locale.ROOT, " content %.4g style %.4g", p.loss().content(), p.loss().style());
        }
        return detail;
    }

    /** From the share of work done, not of steps: coarse-to-fine steps get costlier as the image grows. */
    private static Duration left(long elapsedNanos, double workDone) {
        if (workDone <= 0 || elapsedNanos <= 0) {
            return null;
        }
        return Duration.ofNanos((long) (elapsedNanos * (1 - workDone) / workDone));
    }

    @Override
    public void close() {
        sink.close();
    }
}
