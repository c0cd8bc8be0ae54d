package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.image.Picture;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the arbitrary-style trainers share beyond {@link StepTrainer}: photos and paintings (the unseen test
 * paintings refused) and a (photo, painting) validation pair.
 */
abstract class PaintingTrainer extends StepTrainer {
    protected final ArbitraryConfig config;
    protected final FeatureNetwork vgg;
    protected final ImageFolder photos;
    protected final ImageFolder paintings;
    private final Picture validationPhoto;
    private final Picture validationStyle;

    /**
     * @param network         what the network is, for the error when a checkpoint does not fit it
     * @param testStyles      the unseen test paintings, refused in the training styles (null: no check)
     * @param validationPhoto and {@code validationStyle}: the pair stylized every validateEvery steps (may be null)
     */
    PaintingTrainer(String network, ArbitraryConfig config, FeatureNetwork vgg, Path testStyles, Picture validationPhoto,
                    Picture validationStyle) {
        super(vgg.newManager(), config, network);
        this.config = config;
        this.vgg = vgg;
        try {
            this.photos = new ImageFolder(config.data());
            this.paintings = new ImageFolder(config.styles());
            if (testStyles != null) {
                UnseenStyles.refuseAny(paintings.files(), testStyles);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.validationPhoto = validationPhoto;
        this.validationStyle = validationStyle;
    }

    /** The current network applied to one photo in the style of one painting (no gradients). */
    public abstract Picture stylize(Picture photo, Picture painting);

    /** The model card of the network as it is now; {@code command} reproduces the run. */
    public abstract ModelCard modelCard(String command);

    @Override
    protected final Picture validationImage() {
        return validationPhoto == null || validationStyle == null ? null : stylize(validationPhoto, validationStyle);
    }

    /** Adam on every parameter. */
    protected final void update(Map<String, NDArray> leaves) {
        update(leaves, name -> true);
    }

    /** A step's batch of random photo crops ({@code cropSize} px), owned by {@code step}. */
    protected final NDArray photoBatch(NDManager step) {
        return photos.batch(step, random(), config.batch(), config.cropSize());
    }

    /** A step's batch of random painting crops ({@code crop} px), owned by {@code step}. */
    protected final NDArray paintingBatch(NDManager step, int crop) {
        return paintings.batch(step, random(), config.batch(), crop);
    }

    /**
     * The card of the network as it is now: {@code settings} (the network's own, in the order they are put)
     * followed by the run's learning rate, seed, VGG and paintings.
     */
    protected final ModelCard card(ArbitraryNetwork network, String command, Map<String, Object> settings) {
        settings.put("learningRate", config.learningRate());
        settings.put("seed", config.seed());
        settings.put("vgg", vgg.source());
        settings.put("trainingStyles", config.styles().getFileName() + " (" + paintings.size() + " paintings)");
        return new ModelCard(ModelCard.FORMAT, Method.ARBITRARY.id(), config.name(), network.id(), List.of(),
            config.data().getFileName() + " (" + photos.size() + " photos)", step(), trainingSeconds(), finalLosses(), command,
            settings, null, null);
    }

    @Override
    public final int dataSize() {
        return photos.size();
    }

    public final int styleCount() {
        return paintings.size();
    }
}
