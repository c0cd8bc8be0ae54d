package dev.easel.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's expected length, measured once over its first seconds and said once, with a pointer to the
 * fast methods when it is long: a first run should not wait minutes without knowing why.
 */
final class TimeEstimate {
    /** Measure over at least this long: the first steps include warm-up. */
    static final Duration MEASURE = Duration.ofSeconds(3);
    /** Longer than this and the fast methods are worth a line. */
    static final Duration LONG = Duration.ofMinutes(2);

    private final String fastHint;
    private long firstTime = -1;
    private double firstWork;
    private boolean said;

    /** @param fastHint what to try for a faster picture when the estimate is long, or null */
    TimeEstimate(String fastHint) {
        this.fastHint = fastHint;
    }

    /** The lines to print at this report: the estimate and maybe the hint, once; nothing otherwise. */
    List<String> offer(long nanos, double workDone) {
        List<String> lines = new ArrayList<>();
        if (said) {
            return lines;
        }
        if (firstTime < 0) {
            firstTime = nanos;
            firstWork = workDone;
            return lines;
        }
        long measured = nanos - firstTime;
        if (measured < MEASURE.toNanos() || workDone <= firstWork) {
            return lines;
        }
        said = true;
        Duration left = Duration.ofNanos((long) (measured / (workDone - firstWork) * (1 - workDone)));
        lines.add("estimated time left: about " + LogProgress.clock(left) + " (measured over the first "
            + Math.round(measured / 1e9) + " s)");
        if (fastHint != null && left.compareTo(LONG) > 0) {
            lines.add(fastHint);
        }
        return lines;
    }
}
