package dev.easel.train;

import dev.easel.InvalidSettingException;
import dev.easel.SettingChecks;
import dev.easel.loss.LossSettings;
import dev.easel.loss.StylePyramid;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.nets.Architecture;

import java.nio.file.Path;

/**
 * Everything that determines an arbitrary-style training run (AdaIN or Yanai's style-vector network); its
 * {@link #settingsKey} is stored in checkpoints so a resume continues the same run.
 *
 * @param arch            {@value #ADAIN} or {@value #YANAI}
 * @param data            folder of training photos
 * @param styles          folder of training paintings (never the unseen test styles, see {@link UnseenStyles})
 * @param output          folder for checkpoints, validation images and the model
 * @param name            model name
 * @param steps           total optimizer steps
 * @param batch           (photo, painting) pairs per step
 * @param cropSize        photo crop side
 * @param styleCrop       painting crop side (the shared training paintings are 224 px)
 * @param styleWeight     weight of the style loss against the content loss (AdaIN: on feature statistics, Huang &
 *                        Belongie use 10; yanai and swap: on each crop's Gram distance relative to its photo's own)
 * @param learningRate    Adam's initial rate (cosine decay to a tenth by the end, see {@link RunSchedule})
 * @param seed            for initialisation and data order
 * @param checkpointEvery steps between checkpoints
 * @param validateEvery   steps between validation images (0: never)
 * @param stylePyramid    the scales of the style loss (AdaIN: statistics, yanai: Grams of the picture and the painting
 *                        also at 1/2, 1/4, ... so the network paints the painting's larger strokes)
 * @param initModel       where training starts instead of random weights: a trained AdaIN model (adain); for yanai a
 *                        style-vector model with the same transformer, or a real-time model of the transformer's
 *                        architecture (its transformer only); null for none
 * @param transformer     yanai only: the conditional transformer's architecture (null: {@link #DEFAULT_TRANSFORMER})
 */
public record ArbitraryConfig(String arch, Path data, Path styles, Path output, String name, int steps, int batch, int cropSize,
                              int styleCrop, double styleWeight, double learningRate, long seed, int checkpointEvery,
                              int validateEvery, StylePyramid stylePyramid, Path initModel, Architecture transformer)
    implements RunSchedule {
    public static final String ADAIN = ArbitraryNetwork.ADAIN.id();
    public static final String YANAI = ArbitraryNetwork.YANAI.id();
    public static final String WCT = ArbitraryNetwork.WCT.id();
    public static final String SWAP = ArbitraryNetwork.SWAP.id();
    public static final int DEFAULT_STEPS = 8000;
    public static final int DEFAULT_BATCH = 4;
    public static final int DEFAULT_CROP = 160;
    public static final int DEFAULT_STYLE_CROP = 128;
    public static final double DEFAULT_STYLE_WEIGHT = 10;
    /**
     * Yanai: the style loss of each crop is divided by the photo's own distance from the painting, so this
     * is about the real-time networks' 5e-3 times a typical distance (1e10, mosaic's): paintings close to
     * photos are not trained more faintly than bold ones.
     */
    public static final double DEFAULT_RELATIVE_STYLE_WEIGHT = 5e7;
    /**
     * Swap: on the same relative Gram distances, against a content loss (the swapped features' MSE) of about 1e5 at
     * the start, where the shipped decoder leaves 0.2-0.5 of each photo's distance: the two terms start alike.
     */
    public static final double DEFAULT_SWAP_STYLE_WEIGHT = 1e6;
    public static final double DEFAULT_LEARNING_RATE = 1e-4;
    /** The real-time networks' rate: the conditional transformer is one of them. */
    public static final double DEFAULT_YANAI_LEARNING_RATE = 2e-3;
    /** The setting's name in an {@link InvalidSettingException}. */
    public static final String INIT_MODEL = "the model to start from";
    /** The setting's name in an {@link InvalidSettingException}. */
    public static final String TRANSFORMER = "the transformer";
    /** The yanai network's transformer when none is named: the one the shipped yanai model has. */
    public static final Architecture DEFAULT_TRANSFORMER = Architecture.COMPACT;

    /** A run from random weights with the single-scale style loss. */
    public ArbitraryConfig(String arch, Path data, Path styles, Path output, String name, int steps, int batch, int cropSize,
                           int styleCrop, double styleWeight, double learningRate, long seed, int checkpointEvery, int validateEvery) {
        this(arch, data, styles, output, name, steps, batch, cropSize, styleCrop, styleWeight, learningRate, seed, checkpointEvery,
            validateEvery, StylePyramid.SINGLE, null, null);
    }

    public ArbitraryConfig {
        if (stylePyramid == null) {
            throw new IllegalArgumentException("the style pyramid must be given (StylePyramid.SINGLE for the classic loss)");
        }
        ArbitraryNetwork network = ArbitraryNetwork.named(arch);
        TrainingLimits.check(steps, batch, cropSize, styleCrop, learningRate, checkpointEvery, validateEvery);
        SettingChecks.nonNegative(LossSettings.STYLE_WEIGHT, styleWeight);
        // the whitening decoders only reconstruct: they would train as if these were not given
        if (network == ArbitraryNetwork.WCT && stylePyramid.levels() > 1) {
            throw new InvalidSettingException(StylePyramid.LEVELS, "must be 1 for the " + arch
                + " network (its decoders learn no style), got " + stylePyramid.levels());
        }
        if (network == ArbitraryNetwork.WCT && initModel != null) {
            throw new InvalidSettingException(INIT_MODEL, "is for adain, yanai and swap; the " + arch + " network starts from random weights");
        }
        if (network != ArbitraryNetwork.YANAI && transformer != null) {
            throw new InvalidSettingException(TRANSFORMER, "is for the yanai network only; " + arch + " has none");
        }
    }

    /** The yanai network's transformer: the one given, else {@link #DEFAULT_TRANSFORMER}. */
    public Architecture transformerOrDefault() {
        return transformer != null ? transformer : DEFAULT_TRANSFORMER;
    }

    /** Everything that shapes the result, for checking that a resume continues the same run. */
    public String settingsKey(String encoderLayer) {
        return String.join(" ", "arch=" + arch, "encoder=" + encoderLayer, "styles=" + styles.getFileName(),
            "sw=" + styleWeight, "steps=" + steps, "batch=" + batch, "crop=" + cropSize, "styleCrop=" + styleCrop,
            "lr=" + learningRate, "seed=" + seed)
            // runs from before pyramids and warm starts keep their key, so their checkpoints still resume
            + (stylePyramid.levels() > 1 ? " pyramid=" + stylePyramid.describe() : "")
            + (initModel != null ? " init=" + initModel.getFileName() : "")
            + (transformer != null && transformer != DEFAULT_TRANSFORMER ? " transformer=" + transformer.name() : "");
    }
}
