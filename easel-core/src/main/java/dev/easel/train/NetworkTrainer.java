package dev.easel.train;

import dev.easel.loss.LossValues;
import dev.easel.nets.ParamSet;

/** What a front end needs from a network training run: the run itself, its progress and its weights. */
public interface NetworkTrainer extends AutoCloseable {
    /** Trains until the configured steps or until the listener says stop; checkpoints on the way out. */
    void train(TrainingListener listener);

    /**
     * Goes on from step {@code stepsDone} of this run, whose weights the trainer was started from (a model the
     * run saved, its checkpoint lost); only before the first step and without a checkpoint.
     */
    void continueFrom(int stepsDone, double secondsDone);

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
