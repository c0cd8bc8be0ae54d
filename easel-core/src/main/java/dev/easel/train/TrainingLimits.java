package dev.easel.train;

import dev.easel.SettingChecks;

/**
 * The numbers every training run has, checked by {@link TrainingConfig} and {@link ArbitraryConfig} and by front
 * ends before any work (naming their own fields): each rule is stated here only.
 */
public final class TrainingLimits {
    /** The settings' names in an {@link dev.easel.InvalidSettingException}. */
    public static final String STEPS = "steps";
    public static final String BATCH = "batch size";
    public static final String CROP_SIZE = "crop size";
    public static final String STYLE_SIZE = "painting size";
    public static final String LEARNING_RATE = "learning rate";
    public static final String CHECKPOINT_EVERY = "steps between checkpoints";
    public static final String VALIDATE_EVERY = "steps between validation images";
    /** Smallest crop or painting side: the networks halve it several times and VGG pools it four times. */
    public static final int MIN_SIDE = 16;

    private TrainingLimits() {
    }

    /**
     * The numbers of a run someone asks for: at least one step, and {@link #checkExceptSteps the others}.
     *
     * @param cropSize      the photo crops' side
     * @param styleSize     the paintings' side (long side or crop)
     * @param validateEvery 0 for no validation images
     */
    public static void check(int steps, int batch, int cropSize, int styleSize, double learningRate, int checkpointEvery,
                             int validateEvery) {
        SettingChecks.atLeast(STEPS, steps, 1);
        checkExceptSteps(batch, cropSize, styleSize, learningRate, checkpointEvery, validateEvery);
    }

    /** Every number but the step count (a {@link TrainingConfig} of 0 steps saves the network it starts from). */
    public static void checkExceptSteps(int batch, int cropSize, int styleSize, double learningRate, int checkpointEvery,
                                        int validateEvery) {
        SettingChecks.atLeast(BATCH, batch, 1);
        SettingChecks.atLeast(CROP_SIZE, cropSize, MIN_SIDE);
        SettingChecks.atLeast(STYLE_SIZE, styleSize, MIN_SIDE);
        SettingChecks.positive(LEARNING_RATE, learningRate);
        SettingChecks.atLeast(CHECKPOINT_EVERY, checkpointEvery, 1);
        SettingChecks.atLeast(VALIDATE_EVERY, validateEvery, 0);
    }
}
