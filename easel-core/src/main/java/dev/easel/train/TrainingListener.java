package dev.easel.train;

import dev.easel.image.Picture;
import dev.easel.loss.LossValues;

/** Hears about a training run's progress. */
public interface TrainingListener {
    /** After each step; return false to stop (a checkpoint is then written). */
    boolean onStep(int step, int totalSteps, LossValues loss, double secondsPerStep);

    /** A validation image (the network applied to a held photo), every validateEvery steps. */
    default void onValidation(int step, Picture image) {
    }
}
