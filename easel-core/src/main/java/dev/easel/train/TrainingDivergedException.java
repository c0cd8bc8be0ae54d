package dev.easel.train;

import dev.easel.EaselException;

/** A training run whose loss stopped being a finite number; front ends say which settings to lower. */
public final class TrainingDivergedException extends EaselException {
    private final int step;

    public TrainingDivergedException(int step, double loss) {
        super("training diverged at step " + step + " (loss " + loss + ")");
        this.step = step;
    }

    public int step() {
        return step;
    }
}
