package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.loss.LossSettings;
import dev.easel.loss.StylePyramid;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;
import dev.easel.train.RealtimeTrainer;
import dev.easel.train.TrainingConfig;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the feed-forward training commands (realtime, multi) share (a picocli mixin): data, output, network, loss
 * weights, optimizer, and the run itself with its progress bar, Ctrl-C checkpoint and model card. Seed, cadence and
 * resuming are every train command's ({@link CommonTrainingOptions}).
 */
public final class TrainingOptions {
    @Mixin
    TrainingFolders folders;

    @Option(names = "--name", description = "Model name (default: the style file's name).")
    String name;

    @Option(names = "--arch", description = "Network: johnson, wide (johnson's widths, residual output), half, compact.")
    String arch = "compact";

    @Option(names = "--steps", paramLabel = "N", description = "Optimizer steps.")
    int steps = TrainingConfig.DEFAULT_STEPS;

    @Option(names = "--batch", paramLabel = "N", description = "Crops per step.")
    int batch = 2;

    @Option(names = "--size", paramLabel = "N", description = "Training crop side in pixels.")
    int size = 160;

    @Option(names = "--style-size", paramLabel = "N", description = "Long side the paintings are resized to for their style targets.")
    int styleSize = 256;

    @Mixin
    ContentWeightOption contentWeight;

    @Option(names = "--style-weight", paramLabel = "W", description = "Weight of the style loss.")
    double styleWeight = TrainingConfig.DEFAULT_STYLE_WEIGHT;

    @Option(names = "--tv-weight", paramLabel = "W", description = "Weight of total variation.")
    double tvWeight = GatysSettings.DEFAULT_TV_WEIGHT;

    @Option(names = "--style-pyramid", paramLabel = "N",
        description = "Take the style loss at N scales: the output and the painting as they are, and reduced to 1/2, 1/4, ... (strokes and shapes, not only texture).")
    int stylePyramid = 1;

    @Mixin
    PyramidFalloff pyramidFalloff;

    @Option(names = "--content-layer", paramLabel = "LAYER", description = "Content layer.")
    String contentLayer = "relu3_2";

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam's initial learning rate (cosine decay to a tenth).")
    double learningRate = 2e-3;

    @Option(names = "--init", paramLabel = "NAME|PATH",
        description = {"Start from this trained model (same --arch) instead of random weights, e.g. a shipped style: much faster to a good result.",
            "Repeat it to start a multi-style network from the real-time networks of its paintings: shared weights start as their average, each painting's scales and shifts as its own network's."})
    List<String> init = new ArrayList<>();

    @Mixin
    VggOption vgg;

    @Mixin
    CommonTrainingOptions common;

    private static final List<String> STYLE_LAYERS = List.of("relu1_1", "relu2_1", "relu3_1");
    private static final Map<String, String> FLAGS = CommonTrainingOptions.flagsWith(Map.of(LossSettings.CONTENT_WEIGHT,
        "--content-weight", LossSettings.STYLE_WEIGHT, "--style-weight", LossSettings.TV_WEIGHT, "--tv-weight",
        StylePyramid.LEVELS, "--style-pyramid", StylePyramid.FALLOFF, "--pyramid-falloff"));

    /** Checks the numbers (core's rules, named by their flags) and the checkpoint state before any work starts. */
    void validate(CommandLine cmd) {
        SettingFlags.check(cmd, FLAGS, () -> {
            common.checkNumbers(steps, batch, size, styleSize, learningRate);
            LossSettings.checkWeights(contentWeight.weight, styleWeight, tvWeight);
            pyramidFalloff.pyramid(stylePyramid);
        });
        try {
            Architecture.named(arch);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--arch: " + e.getMessage());
        }
        if (common.resumeFrom != null && !init.isEmpty()) {
            throw new ParameterException(cmd, "--resume-from starts from its model; it takes no --init");
        }
        common.checkOutput(folders.output);
    }

    TrainingConfig config(List<Path> styles, Conditioning conditioning, Path baseModel, double styleBalance, String modelName) {
        List<Path> initModels = common.resumeFrom != null ? List.of(common.resumeModel())
            : init.stream().map(ModelRegistry.standard()::find).toList();
        Map<String, Double> layers = new LinkedHashMap<>();
        STYLE_LAYERS.forEach(l -> layers.put(l, 1.0));
        LossSettings weights = new LossSettings(contentLayer, layers, contentWeight.weight, styleWeight, tvWeight, pyramidFalloff.pyramid(stylePyramid));
        return new TrainingConfig(styles, folders.data, folders.output, modelName, Architecture.named(arch), conditioning, weights, steps, batch,
            size, styleSize, learningRate, common.seed, common.checkpointEvery, common.validateEvery, baseModel, initModels, styleBalance);
    }

    /**
     * Trains until done (then writes NAME.json + NAME.weights in the output folder and returns 0) or until
     * Ctrl-C (then checkpoints and returns 1).
     */
    int run(TrainingConfig config, CommandLine cmd) {
        Picture validation = common.validationPhoto(384);
        try (FeatureNetwork network = vgg.load(Pooling.MAX);
             RealtimeTrainer trainer = new RealtimeTrainer(config, network, validation)) {
            common.continueIfAsked(trainer);
            return TrainingRun.run(trainer, config.name(), steps, folders.output,
                loss -> String.format(" c=%.2g s=%.2g tv=%.2g", loss.content(), loss.style(), loss.tv()),
                () -> trainer.modelCard("./easel " + String.join(" ", cmd.getParseResult().originalArgs())));
        }
    }
}
