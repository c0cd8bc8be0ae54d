package dev.easel.train;

import dev.easel.SettingChecks;
import dev.easel.loss.LossSettings;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything that determines a training run of a feed-forward network; stored in checkpoints so a resume
 * continues the same run.
 *
 * @param styles         the paintings: one for a real-time network, several for a multi-style one
 * @param data           folder of training photos
 * @param output         folder for checkpoints, validation images and the final model
 * @param name           model name
 * @param architecture   transformer network shape
 * @param conditioning   how a multi-style network selects its style ({@link Conditioning#NONE} for one style)
 * @param weights        loss layers and weights (the same definitions as Gatys)
 * @param steps          total optimizer steps (0 saves the network as it starts: random, or its init model)
 * @param batch          crops per step
 * @param cropSize       training crop side
 * @param styleSize      long side the paintings are resized to for their Gram targets
 * @param learningRate   Adam's initial rate (decays by cosine to a tenth by the end)
 * @param seed           for initialisation and data order
 * @param checkpointEvery steps between checkpoints
 * @param validateEvery  steps between validation images
 * @param baseModel      a trained multi-style model (card) to add the last style to, training only that
 *                       style's own parameters; null to train everything
 * @param initModels     trained models (cards) of the same architecture to start from instead of random
 *                       weights (see {@link WarmStart}); empty for none
 * @param styleBalance   how far each style's loss is scaled towards pulling as hard as the painting the default
 *                       style weight was tuned on: 0 not at all, 1 fully (see {@link StyleBalance})
 */
public record TrainingConfig(List<Path> styles, Path data, Path output, String name, Architecture architecture,
                             Conditioning conditioning, LossSettings weights, int steps, int batch, int cropSize,
                             int styleSize, double learningRate, long seed, int checkpointEvery, int validateEvery,
                             Path baseModel, List<Path> initModels, double styleBalance) implements RunSchedule {

    /** About 30 minutes on 2 cores for the compact network at 160 px, batch 2. */
    public static final int DEFAULT_STEPS = 2000;
    /**
     * Five times Gatys' default: one network must serve every photo and cannot fit each as closely as an
     * optimization, so it is pushed harder towards the style (measured on mosaic: 1e-3 left the style faint).
     */
    public static final double DEFAULT_STYLE_WEIGHT = 5e-3;

    public TrainingConfig {
        styles = List.copyOf(styles);
        initModels = List.copyOf(initModels);
        if (!(styleBalance >= 0 && styleBalance <= 1)) {
            throw new IllegalArgumentException("the style balance must be between 0 and 1, got " + styleBalance);
        }
        SettingChecks.atLeast(TrainingLimits.STEPS, steps, 0); // 0: the network as it starts, saved as a model
        TrainingLimits.checkExceptSteps(batch, cropSize, styleSize, learningRate, checkpointEvery, validateEvery);
        if ((conditioning == Conditioning.NONE) != (styles.size() == 1)) {
            throw new IllegalArgumentException(conditioning == Conditioning.NONE
                ? "one style without conditioning, got " + styles.size() : "a conditional network needs at least two styles");
        }
        if (baseModel != null && !initModels.isEmpty()) {
            throw new IllegalArgumentException("adding a style starts from its base model; it takes no other model to start from");
        }
    }

    /** A single-style (real-time) run. */
    public static TrainingConfig single(Path style, Path data, Path output, String name, Architecture architecture,
                                        LossSettings weights, int steps, int batch, int cropSize, int styleSize,
                                        double learningRate, long seed, int checkpointEvery, int validateEvery) {
        return new TrainingConfig(List.of(style), data, output, name, architecture, Conditioning.NONE, weights, steps, batch,
            cropSize, styleSize, learningRate, seed, checkpointEvery, validateEvery, null, List.of(), 0);
    }

    /** Everything that shapes the result, for checking that a resume continues the same run. */
    public String settingsKey() {
        String styleKey = conditioning == Conditioning.NONE ? "style=" + styles.get(0).getFileName()
            : "styles=" + styles.stream().map(p -> p.getFileName().toString()).toList() + " conditioning=" + conditioning.id()
                + (baseModel == null ? "" : " base=" + baseModel.getFileName());
        return String.join(" ", styleKey, "arch=" + architecture.name(), "content=" + weights.contentLayer(),
            "styleLayers=" + new TreeMap<>(weights.styleLayers()), "cw=" + weights.contentWeight(),
            "sw=" + weights.styleWeight(), "tv=" + weights.tvWeight(), "steps=" + steps, "batch=" + batch, "crop=" + cropSize,
            "styleSize=" + styleSize, "lr=" + learningRate, "seed=" + seed)
            + initModels.stream().map(m -> " init=" + m.getFileName()).collect(Collectors.joining())
            + (styleBalance == 0 ? "" : styleBalance == 1 ? " balanced" : " balanced=" + styleBalance)
            // absent for the classic loss, so checkpoints made before pyramids existed still resume
            + (weights.stylePyramid().levels() == 1 ? "" : " pyramid=" + weights.stylePyramid().describe());
    }
}
