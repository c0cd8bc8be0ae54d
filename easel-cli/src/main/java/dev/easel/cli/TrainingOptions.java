package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.io.AtomicFiles;
import dev.easel.io.WriteFailures;
import dev.easel.image.Picture;
import dev.easel.loss.LossWeights;
import dev.easel.loss.StylePyramid;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;
import dev.easel.train.Checkpoint;
import dev.easel.train.RealtimeTrainer;
import dev.easel.train.TrainingConfig;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every network-training command shares (a picocli mixin): data, output, network, loss weights,
 * optimizer, checkpoints and validation, and the run itself with its progress bar, Ctrl-C checkpoint
 * and model card.
 */
public final class TrainingOptions {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder of training photos (e.g. ../shared/images/train).")
    Path data;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for checkpoints, validation images and the model.")
    Path output;

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

    @Option(names = "--content-weight", paramLabel = "W", description = "Weight of the content loss.")
    double contentWeight = 1.0;

    @Option(names = "--style-weight", paramLabel = "W", description = "Weight of the style loss.")
    double styleWeight = TrainingConfig.DEFAULT_STYLE_WEIGHT;

    @Option(names = "--tv-weight", paramLabel = "W", description = "Weight of total variation.")
    double tvWeight = GatysSettings.DEFAULT_TV_WEIGHT;

    @Option(names = "--style-pyramid", paramLabel = "N",
        description = "Take the style loss at N scales: the output and the painting as they are, and reduced to 1/2, 1/4, ... (strokes and shapes, not only texture).")
    int stylePyramid = 1;

    @Option(names = "--pyramid-falloff", paramLabel = "F",
        description = "Weight of each coarser --style-pyramid scale relative to the finer one (1: equal; 0.25: by pixel count, keeps the fine texture).")
    double pyramidFalloff = 1.0;

    @Option(names = "--content-layer", paramLabel = "LAYER", description = "Content layer.")
    String contentLayer = "relu3_2";

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam's initial learning rate (cosine decay to a tenth).")
    double learningRate = 2e-3;

    @Mixin
    TrainingSchedule schedule;

    @Option(names = "--init", paramLabel = "NAME|PATH",
        description = "Start from this trained model (same --arch) instead of random weights, e.g. a shipped style: much faster to a good result.")
    String init;

    @Option(names = "--resume", description = "Continue from the checkpoint in --output.")
    boolean resume;

    @Option(names = "--vgg", paramLabel = "PATH", description = "VGG19 weights (default: $EASEL_VGG, else the shared blocks 1-3).")
    String vgg;

    @Option(names = "--verbose", description = "Show stack traces.")
    boolean verbose;

    private static final List<String> STYLE_LAYERS = List.of("relu1_1", "relu2_1", "relu3_1");

    /** Checks the numbers and the checkpoint state before any work starts. */
    void validate(CommandLine cmd) {
        if (steps < 1 || batch < 1 || size < 16 || styleSize < 16 || !schedule.valid()) {
            throw new ParameterException(cmd, "--steps, --batch and --checkpoint-every must be >= 1, --size and --style-size >= 16");
        }
        if (!(learningRate > 0)) {
            throw new ParameterException(cmd, "--lr must be positive");
        }
        if (stylePyramid < 1 || stylePyramid > StylePyramid.MAX_LEVELS) {
            throw new ParameterException(cmd, "--style-pyramid must be between 1 and " + StylePyramid.MAX_LEVELS + ", got " + stylePyramid);
        }
        if (!(pyramidFalloff > 0 && pyramidFalloff <= 1)) {
            throw new ParameterException(cmd, "--pyramid-falloff must be above 0 and at most 1, got " + pyramidFalloff);
        }
        try {
            Architecture.named(arch);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--arch: " + e.getMessage());
        }
        checkResume(output, resume);
    }

    /**
     * A checkpoint in {@code output} must be resumed, and only an existing one can be; and the folder must take
     * files now, not at the first checkpoint an hour in.
     */
    static void checkResume(Path output, boolean resume) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new EaselException(output + " is a file; --output takes a folder for checkpoints and the model");
        }
        try {
            AtomicFiles.probeWritable(output, "write-check");
        } catch (IOException e) {
            throw new EaselException(output + ": cannot write checkpoints there: " + WriteFailures.describe(e), e);
        }
        boolean hasCheckpoint = Checkpoint.exists(output);
        if (hasCheckpoint && !resume) {
            throw new EaselException(output + " already holds a training checkpoint; add --resume to continue it, or choose another --output");
        }
        if (!hasCheckpoint && resume) {
            throw new EaselException(output + " has no checkpoint to resume");
        }
    }

    TrainingConfig config(List<Path> styles, Conditioning conditioning, Path baseModel, boolean balanceStyles, String modelName) {
        Path initModel = init == null ? null : ModelRegistry.standard().find(init);
        Map<String, Double> layers = new LinkedHashMap<>();
        STYLE_LAYERS.forEach(l -> layers.put(l, 1.0));
        LossWeights weights = new LossWeights(contentLayer, layers, contentWeight, styleWeight, tvWeight, new StylePyramid(stylePyramid, pyramidFalloff));
        return new TrainingConfig(styles, data, output, modelName, Architecture.named(arch), conditioning, weights, steps, batch,
            size, styleSize, learningRate, schedule.seed, schedule.checkpointEvery, schedule.validateEvery, baseModel, initModel, balanceStyles);
    }

    /**
     * Trains until done (then writes NAME.json + NAME.weights in the output folder and returns 0) or until
     * Ctrl-C (then checkpoints and returns 1).
     */
    int run(TrainingConfig config, CommandLine cmd) {
        Picture validation = schedule.validationPhoto(384);
        try (FeatureNetwork network = VggLocator.load(vgg, Pooling.MAX);
             RealtimeTrainer trainer = new RealtimeTrainer(config, network, validation)) {
            return TrainingRun.run(trainer, config.name(), steps, output,
                loss -> String.format(" c=%.2g s=%.2g tv=%.2g", loss.content(), loss.style(), loss.tv()),
                () -> trainer.modelCard("./easel " + String.join(" ", cmd.getParseResult().originalArgs())));
        }
    }
}
