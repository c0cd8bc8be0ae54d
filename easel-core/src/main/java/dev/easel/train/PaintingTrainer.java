package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.loss.LossValues;
import dev.easel.models.ModelCard;
import dev.easel.nets.ParamSet;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * What the arbitrary-style trainers share: photos and paintings (the unseen test paintings refused), the
 * step loop with checkpoints and validation images, Adam, and exact resume. A subclass declares its
 * network's parameters, calls {@link #start()}, and defines one step and its validation picture.
 */
abstract class PaintingTrainer implements NetworkTrainer {
    protected final ArbitraryConfig config;
    protected final FeatureNetwork vgg;
    protected final NDManager manager;
    protected final ParamSet params;
    protected final ImageFolder photos;
    protected final ImageFolder paintings;
    private final Picture validationPhoto;
    private final Picture validationStyle;
    private AdamState adam;
    private Random random;
    private int step;
    private double elapsedBefore;
    private LossValues lastLoss;

    /**
     * @param testStyles the unseen test paintings, refused in the training styles (null: no check)
     * @param validationPhoto and {@code validationStyle}: the pair stylized every validateEvery steps (may be null)
     */
    PaintingTrainer(ArbitraryConfig config, FeatureNetwork vgg, Path testStyles, Picture validationPhoto, Picture validationStyle) {
        this.config = config;
        this.vgg = vgg;
        this.photos = new ImageFolder(config.data());
        this.paintings = new ImageFolder(config.styles());
        if (testStyles != null) {
            UnseenStyles.refuseAny(paintings.files(), testStyles);
        }
        this.validationPhoto = validationPhoto;
        this.validationStyle = validationStyle;
        this.manager = vgg.newManager();
        this.params = new ParamSet(manager);
    }

    /** Once the parameters are initialised: Adam's state, the data order, and the checkpoint if there is one. */
    protected final void start() {
        this.adam = new AdamState(params, manager);
        this.random = new Random(config.seed());
        if (Checkpoint.exists(config.output())) {
            try {
                restore(Checkpoint.load(config.output(), manager));
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

    /** What the network is, for the error when a checkpoint does not fit it. */
    protected abstract String networkDescription();

    /** The current network applied to one photo in the style of one painting (no gradients). */
    public abstract Picture stylize(Picture photo, Picture painting);

    /** The model card of the network as it is now; {@code command} reproduces the run. */
    public abstract ModelCard modelCard(String command);

    /** The step's data generator (crops, noise seeds). */
    protected final Random random() {
        return random;
    }

    /** Adam on every parameter, from the gradients of the step's leaves. */
    protected final void update(Map<String, NDArray> leaves) {
        adam.update(leaves, name -> true, config.learningRateAt(step), step + 1);
    }

    /** Refuses a non-finite loss with advice. */
    protected final void checkFinite(double total) {
        if (!Double.isFinite(total)) {
            throw new EaselException("training diverged at step " + (step + 1) + " (loss " + total
                + "); lower --lr or --style-weight");
        }
    }

    /** The last losses as a model card records them. */
    protected final Map<String, Double> finalLosses() {
        LossValues last = lastLoss;
        return last == null ? Map.of()
            : Map.of("content", last.content(), "style", last.style(), "tv", last.tv(), "total", last.total());
    }

    protected final String dataDescription() {
        return config.data().getFileName() + " (" + photos.size() + " photos)";
    }

    protected final String stylesDescription() {
        return config.styles().getFileName() + " (" + paintings.size() + " paintings)";
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
    public final int dataSize() {
        return photos.size();
    }

    public final int styleCount() {
        return paintings.size();
    }

    @Override
    public final void train(TrainingListener listener) {
        long start = System.nanoTime();
        try {
            while (step < config.steps()) {
                long t0 = System.nanoTime();
                lastLoss = trainStep();
                step++;
                boolean more = listener.onStep(step, config.steps(), lastLoss, (System.nanoTime() - t0) / 1e9);
                if (step % config.checkpointEvery() == 0 || step == config.steps() || !more) {
                    double elapsed = elapsedBefore + (System.nanoTime() - start) / 1e9;
                    new Checkpoint(step, elapsed, random, settingsKey(), adam.checkpointArrays()).save(config.output());
                }
                if (config.validateEvery() > 0 && validationPhoto != null && validationStyle != null
                    && step % config.validateEvery() == 0) {
                    listener.onValidation(step, stylize(validationPhoto, validationStyle));
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
        if (!c.settings().equals(settingsKey())) {
            throw new EaselException(config.output() + ": the checkpoint was made with other settings; resume with the same ones.\n"
                + "  checkpoint: " + c.settings() + "\n  now:        " + settingsKey());
        }
        adam.restore(c.arrays(), config.output() + ": checkpoint does not match " + networkDescription());
        step = c.step();
        elapsedBefore = c.elapsedSeconds();
        random = c.random();
    }

    @Override
    public void close() {
        params.close();
        manager.close();
    }
}
