package dev.easel.stylize;

import dev.easel.image.Picture;
import dev.easel.loss.LossValues;

import java.util.function.Supplier;

/**
 * One progress report.
 *
 * @param stage       what is running, e.g. "256x192" for one coarse-to-fine level
 * @param step        steps done so far over the whole job
 * @param totalSteps  steps the whole job will take
 * @param loss        the latest loss values, or null where the method has none
 * @param preview     the current intermediate image (computed only when asked for), or null
 * @param workDone    fraction of the estimated work done, 0..1; differs from step/totalSteps when steps
 *                    cost different amounts (coarse-to-fine levels), so ETAs should use it
 * @param evaluations objective evaluations (a forward and a backward pass each) so far over the whole job, where
 *                    the stylizer counts them ({@code GatysStylizer}: a line search may take several per step); 0 otherwise
 * @param stopReason  why an optimization stopped before its steps (e.g. "converged"), on the report that then
 *                    completes its stage; null on every other report
 */
public record Progress(String stage, int step, int totalSteps, LossValues loss, Supplier<Picture> preview,
                       double workDone, int evaluations, String stopReason) {
    public Progress {
        if (evaluations < 0) {
            throw new IllegalArgumentException("evaluations must not be negative, got " + evaluations);
        }
    }

    /** Progress of a method that counts no evaluations. */
    public Progress(String stage, int step, int totalSteps, LossValues loss, Supplier<Picture> preview, double workDone) {
        this(stage, step, totalSteps, loss, preview, workDone, 0, null);
    }

    /** Progress where every step costs the same. */
    public Progress(String stage, int step, int totalSteps, LossValues loss, Supplier<Picture> preview) {
        this(stage, step, totalSteps, loss, preview, totalSteps == 0 ? 1.0 : (double) step / totalSteps);
    }
}
