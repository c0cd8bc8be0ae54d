package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.loss.LossValues;
import dev.easel.nets.ParamSet;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What every trainer shares: the step loop with checkpoints (every N steps, at the end and when stopped)
 * and validation images, Adam, the data generator, and exact resume. A subclass initialises its network's
 * parameters, calls {@link #start}, and defines one step.
 */
abstract class StepTrainer implements NetworkTrainer {
    protected final NDManager manager;
    protected final ParamSet params;
    private final RunSchedule run;
    private final Path output;
    private final int steps;
    private final String network;
    private AdamState adam;
    private Random random;
    private long seed;
    private int step;
    /** The step Adam's moments started from: 0, or where a run continued from a saved model. */
    private int adamStart;
    private double elapsedBefore;
    private LossValues lastLoss;

    /**
     * @param manager owns the parameters, Adam's moments and every step's arrays (closed with the trainer)
     * @param network what the network is, for the error when a checkpoint does not fit it
     */
    StepTrainer(NDManager manager, RunSchedule run, String network) {
        this.manager = manager;
        this.params = new ParamSet(manager);
        this.run = run;
        this.output = run.output();
        this.steps = run.steps();
        this.network = network;
    }

    /** Once the parameters are initialised: Adam's state, the data order, and the checkpoint if there is one. */
    protected final void start(long seed) {
        this.adam = new AdamState(params, manager);
        this.random = new Random(seed);
        this.seed = seed;
        if (Checkpoint.exists(output)) {
            try {
                restore(Checkpoint.load(output, manager));
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    /** One optimizer step's losses; ends with {@link #update}. */
    protected abstract LossValues trainStep();

    /** Everything that shapes the run, stored in checkpoints. */
    protected abstract String settingsKey();

    /** The picture to save every validateEvery steps; null for none. */
    protected abstract Picture validationImage();

    /** The step's data generator (crops, styles, noise seeds). */
    protected final Random random() {
        return random;
    }

    /** Adam on the {@code trainable} parameters, from the gradients of the step's leaves. */
    protected final void update(Map<String, NDArray> leaves, Predicate<String> trainable) {
        adam.update(leaves, trainable, run.learningRateAt(step), step - adamStart + 1);
    }

    /** Adam with each parameter at {@code rate(name)} times the step's learning rate (0: not trained). */
    protected final void updateAtRates(Map<String, NDArray> leaves, ToDoubleFunction<String> rate) {
        adam.updateAtRates(leaves, rate, run.learningRateAt(step), step - adamStart + 1);
    }

    /** Refuses a non-finite loss with advice. */
    protected final void checkFinite(double total) {
        if (!Double.isFinite(total)) {
            throw new TrainingDivergedException(step + 1, total);
        }
    }

    /** The last losses as a model card records them. */
    protected final Map<String, Double> finalLosses() {
        LossValues last = lastLoss;
        return last == null ? Map.of()
            : Map.of("content", last.content(), "style", last.style(), "tv", last.tv(), "total", last.total());
    }

    /**
     * Continues a run whose checkpoint is gone from a model it saved, once that model's weights are the
     * parameters (a warm start from it): the step count and the time spent come from its card, so the
     * learning rate goes on along the run's schedule. Adam's moments start afresh (with their own bias
     * correction), and the data order is drawn anew; the rest of the run is otherwise as before.
     */
    @Override
    public final void continueFrom(int stepsDone, double secondsDone) {
        if (step != 0) {
            throw new IllegalStateException("the run already stands at step " + step);
        }
        if (stepsDone < 0 || stepsDone >= steps) {
            throw new EaselException("the model was trained for " + stepsDone + " steps; this run has " + steps
                + ", so there is nothing left to continue");
        }
        step = stepsDone;
        adamStart = stepsDone;
        elapsedBefore = secondsDone;
        random = new Random(seed * 31 + stepsDone);
    }

    @Override
    public final int step() {
        return step;
    }

    @Override
    public final ParamSet params() {
        return params;
    }

    @Override
    public final LossValues lastLoss() {
        return lastLoss;
    }

    @Override
    public final double trainingSeconds() {
        return elapsedBefore;
    }

    @Override
    public final void train(TrainingListener listener) {
        long start = System.nanoTime();
        try {
            while (step < steps) {
                long t0 = System.nanoTime();
                lastLoss = trainStep();
                step++;
                boolean more = listener.onStep(step, steps, lastLoss, (System.nanoTime() - t0) / 1e9);
                if (step % run.checkpointEvery() == 0 || step == steps || !more) {
                    double elapsed = elapsedBefore + (System.nanoTime() - start) / 1e9;
                    new Checkpoint(step, elapsed, random, settingsKey(), adam.checkpointArrays(), adamStart).save(output);
                }
                if (run.validateEvery() > 0 && step % run.validateEvery() == 0) {
                    Picture image = validationImage();
                    if (image != null) {
                        listener.onValidation(step, image);
                    }
                }
                if (!more) {
                    return;
                }
            }
        } finally {
            elapsedBefore += (System.nanoTime() - start) / 1e9;
        }
    }

    private void restore(Checkpoint c) {
        if (!withoutStart(c.settings()).equals(withoutStart(settingsKey()))) {
            throw new EaselException(output + ": the checkpoint was made with other settings; resume with the same ones.\n"
                + "  checkpoint: " + c.settings() + "\n  now:        " + settingsKey());
        }
        adam.restore(c.arrays(), output + ": checkpoint does not match " + network);
        step = c.step();
        adamStart = c.adamStart();
        elapsedBefore = c.elapsedSeconds();
        random = c.random();
    }

    /**
     * A settings key without its start models: they shaped only step 0, which the checkpoint already holds, so a
     * resume need not name them again (nor the same ones).
     */
    static String withoutStart(String settingsKey) {
        return settingsKey.replaceAll(" init=\\S+", "");
    }

    @Override
    public void close() {
        params.close();
        manager.close();
    }
}
