package dev.easel.train;

import java.nio.file.Path;

/**
 * What the step loop ({@link StepTrainer}) reads from a run's settings, whichever network it trains: where it
 * checkpoints, how many steps, how often it saves and validates, and the learning rate's schedule.
 */
interface RunSchedule {
    /** Folder for checkpoints, validation images and the model. */
    Path output();

    int steps();

    int checkpointEvery();

    /** Steps between validation images (0: never). */
    int validateEvery();

    /** Adam's initial rate. */
    double learningRate();

    /** Cosine decay from the initial rate to a tenth of it: fast early progress, a quiet finish. */
    default double learningRateAt(int step) {
        double progress = Math.min(1.0, (double) step / Math.max(1, steps()));
        return learningRate() * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
