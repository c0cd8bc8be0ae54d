package dev.easel.train;

import dev.easel.loss.LossWeights;
import dev.easel.nets.Architecture;

import java.nio.file.Path;

/**
 * Everything that determines a real-time training run; stored in checkpoints so a resume continues the
 * same run.
 *
 * @param style          the painting
 * @param data           folder of training photos
 * @param output         folder for checkpoints, validation images and the final model
 * @param name           model name
 * @param architecture   transformer network shape
 * @param weights        loss layers and weights (the same definitions as Gatys)
 * @param steps          total optimizer steps
 * @param batch          crops per step
 * @param cropSize       training crop side
 * @param styleSize      long side the painting is resized to for its Gram targets
 * @param learningRate   Adam's initial rate (decays by cosine to a tenth by the end)
 * @param seed           for initialisation and data order
 * @param checkpointEvery steps between checkpoints
 * @param validateEvery  steps between validation images
 */
public record TrainingConfig(Path style, Path data, Path output, String name, Architecture architecture,
                             LossWeights weights, int steps, int batch, int cropSize, int styleSize,
                             double learningRate, long seed, int checkpointEvery, int validateEvery) {

    /** Everything that shapes the result, for checking that a resume continues the same run. */
    public String settingsKey() {
        return String.join(" ", "style=" + style.getFileName(), "arch=" + architecture.name(), "content=" + weights.contentLayer(),
            "styleLayers=" + new java.util.TreeMap<>(weights.styleLayers()), "cw=" + weights.contentWeight(),
            "sw=" + weights.styleWeight(), "tv=" + weights.tvWeight(), "steps=" + steps, "batch=" + batch, "crop=" + cropSize,
            "styleSize=" + styleSize, "lr=" + learningRate, "seed=" + seed);
    }

    /** Cosine decay from the initial rate to a tenth of it: fast early progress, a quiet finish. */
    public double learningRateAt(int step) {
        double progress = Math.min(1.0, (double) step / Math.max(1, steps));
        return learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
