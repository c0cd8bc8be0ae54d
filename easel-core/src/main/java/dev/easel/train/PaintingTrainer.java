package dev.easel.train;

import ai.djl.ndarray.NDArray;
import dev.easel.image.Picture;
import dev.easel.models.ModelCard;
import dev.easel.vgg.FeatureNetwork;

import java.nio.file.Path;
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
     * @param testStyles the unseen test paintings, refused in the training styles (null: no check)
     * @param validationPhoto and {@code validationStyle}: the pair stylized every validateEvery steps (may be null)
     */
    PaintingTrainer(ArbitraryConfig config, FeatureNetwork vgg, Path testStyles, Picture validationPhoto, Picture validationStyle) {
        super(vgg.newManager(), config.output(), config.steps(), config.checkpointEvery(), config.validateEvery());
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

    @Override
    protected final double learningRateAt(int step) {
        return config.learningRateAt(step);
    }

    /** Adam on every parameter. */
    protected final void update(Map<String, NDArray> leaves) {
        update(leaves, name -> true);
    }

    protected final String dataDescription() {
        return config.data().getFileName() + " (" + photos.size() + " photos)";
    }

    protected final String stylesDescription() {
        return config.styles().getFileName() + " (" + paintings.size() + " paintings)";
    }

    @Override
    public final int dataSize() {
        return photos.size();
    }

    public final int styleCount() {
        return paintings.size();
    }
}
