package dev.easel.train;

import dev.easel.loss.LossValues;
import dev.easel.nets.ParamSet;

/** What a front end needs from a network training run: the run itself, its progress and its weights. */
public interface NetworkTrainer extends AutoCloseable {
    /** Trains until the configured steps or until the listener says stop; checkpoints on the way out. */
    void train(TrainingListener listener);

    /** Steps done so far (including before a resume). */
    int step();

    ParamSet params();

    /** The last step's losses; null before the first step. */
    LossValues lastLoss();

    /** Training time over all sessions, up to the end of the last {@link #train} call. */
    double trainingSeconds();

    /** How many training photos the run draws from. */
    int dataSize();

    @Override
    void close();
}
