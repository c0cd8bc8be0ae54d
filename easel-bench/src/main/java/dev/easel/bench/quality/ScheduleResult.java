package dev.easel.bench.quality;

import java.util.Locale;

/**
 * One schedule's picture of one photo and painting.
 *
 * @param seconds     the run's wall time, NaN where the picture came from the cache
 * @param evaluations objective evaluations per coarse-to-fine level, e.g. "256x256:341 512x512:163"; "" where cached
 * @param losses      the final 8-bit picture's content loss, style loss at x1, x1/2, x1/4 and edge agreement
 */
record ScheduleResult(String schedule, String photo, String style, double seconds, String evaluations, ScaledLosses losses) {
    /** Content plus x1 style loss: the objective every schedule minimizes, less its small smoothness term. */
    double objective() {
        return losses.content() + losses.styleFull();
    }

    String progressLine() {
        return String.format(Locale.ROOT, "%s, %s x %s: %s, content %.4g, style %.4g / %.4g / %.4g", schedule, photo, style,
            Double.isNaN(seconds) ? "cached" : String.format(Locale.ROOT, "%.1f s (evaluations %s)", seconds, evaluations),
            losses.content(), losses.styleFull(), losses.styleHalf(), losses.styleQuarter());
    }
}
