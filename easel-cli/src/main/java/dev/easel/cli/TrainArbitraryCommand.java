package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.loss.LossSettings;
import dev.easel.loss.StylePyramid;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Architecture;
import dev.easel.train.ArbitraryConfig;
import dev.easel.train.AdainTrainer;
import dev.easel.train.DecoderTrainer;
import dev.easel.train.YanaiTrainer;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code easel train arbitrary}: a network for any style, the AdaIN decoder (Huang & Belongie 2017, also on style
 * swap's features), Yanai's style-vector network (2017) or the whitening and colouring decoders.
 */
@Command(name = "arbitrary", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Train an arbitrary-style network (adain, yanai, wct or swap) on photos and many paintings. Checkpoints as it goes and on "
        + "Ctrl-C; --resume continues exactly. The unseen test styles (images/style) are refused as training paintings.")
public final class TrainArbitraryCommand implements Callable<Integer> {
    private static final Map<String, String> FLAGS = CommonTrainingOptions.flagsWith(Map.of(ArbitraryNetwork.SETTING, "--arch",
        LossSettings.STYLE_WEIGHT, "--style-weight", StylePyramid.LEVELS, "--style-pyramid", StylePyramid.FALLOFF, "--pyramid-falloff",
        ArbitraryConfig.INIT_MODEL, "--init", ArbitraryConfig.TRANSFORMER, "--transformer"));

    @Spec
    CommandSpec spec;

    @Option(names = "--arch", description = "Network: adain (VGG encoder to relu4_1 with the full VGG19 as --vgg, else relu3_1; AdaIN; trained decoder), yanai (style encoder + conditional transformer) "
        + "wct (whitening and colouring: decoders trained to reconstruct, no style loss) or swap (an AdaIN decoder trained on "
        + "style swap's features: each patch of the photo's features replaced by the painting's most similar one).")
    String arch = ArbitraryConfig.ADAIN;

    @Mixin
    TrainingFolders folders;

    @Option(names = "--styles", required = true, paramLabel = "DIR", description = "Folder of training paintings (e.g. $EASEL_SHARED/images/styles-train).")
    Path styles;

    @Option(names = "--name", description = "Model name (default: the --arch).")
    String name;

    @Option(names = "--steps", paramLabel = "N", description = "Optimizer steps.")
    int steps = ArbitraryConfig.DEFAULT_STEPS;

    @Option(names = "--batch", paramLabel = "N", description = "(photo, painting) pairs per step.")
    int batch = ArbitraryConfig.DEFAULT_BATCH;

    @Option(names = "--size", paramLabel = "N", description = "Photo crop side in pixels.")
    int size = ArbitraryConfig.DEFAULT_CROP;

    @Option(names = "--style-size", paramLabel = "N", description = "Painting crop side in pixels (the shared training paintings are 224 px).")
    int styleSize = ArbitraryConfig.DEFAULT_STYLE_CROP;

    @Option(names = "--style-weight", paramLabel = "W", description = "Weight of the style loss against the content loss "
        + "(default: adain " + ArbitraryConfig.DEFAULT_STYLE_WEIGHT + " on feature statistics; yanai " + ArbitraryConfig.DEFAULT_RELATIVE_STYLE_WEIGHT
        + " on Gram distances relative to each photo's own; swap " + ArbitraryConfig.DEFAULT_SWAP_STYLE_WEIGHT + " on the same).")
    Double styleWeight;

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam's initial learning rate, cosine decay to a tenth "
        + "(default: adain " + ArbitraryConfig.DEFAULT_LEARNING_RATE + ", yanai " + ArbitraryConfig.DEFAULT_YANAI_LEARNING_RATE + ").")
    Double learningRate;

    @Option(names = "--style-pyramid", paramLabel = "N", description = "adain, yanai, swap: take the style loss at N scales, the output "
        + "and the painting as they are and reduced to 1/2, 1/4, ... (the painting's strokes and shapes, not only its texture).")
    int stylePyramid = 1;

    @Mixin
    PyramidFalloff pyramidFalloff;

    @Option(names = "--init", paramLabel = "NAME|PATH", description = "Start from a trained model instead of random weights: adain or swap, "
        + "an adain or swap model (e.g. the shipped adain); yanai, a yanai model with the same --transformer, or a real-time model of that "
        + "architecture (its transformer).")
    String init;

    @Option(names = "--transformer", paramLabel = "ARCH", description = "yanai: the conditional transformer (compact, half, wide or "
        + "johnson; default compact, the shipped yanai's).")
    String transformer;

    @Mixin
    VggOption vgg;

    @Option(names = "--validation-style", paramLabel = "FILE", description = "Painting for validation images (default: the shared unseen mosaic.jpg, looked at, never trained on).")
    Path validationStyle;

    @Mixin
    CommonTrainingOptions common;

    @Override
    public Integer call() {
        boolean yanai = arch.equals(ArbitraryConfig.YANAI);
        boolean wct = arch.equals(ArbitraryConfig.WCT);
        if (name == null) {
            name = arch;
        }
        if (styleWeight == null) {
            styleWeight = yanai ? ArbitraryConfig.DEFAULT_RELATIVE_STYLE_WEIGHT
                : arch.equals(ArbitraryConfig.SWAP) ? ArbitraryConfig.DEFAULT_SWAP_STYLE_WEIGHT : ArbitraryConfig.DEFAULT_STYLE_WEIGHT;
        }
        if (learningRate == null) {
            learningRate = yanai ? ArbitraryConfig.DEFAULT_YANAI_LEARNING_RATE : ArbitraryConfig.DEFAULT_LEARNING_RATE;
        }
        if (common.resumeFrom != null && init != null) {
            throw new ParameterException(spec.commandLine(), "--resume-from starts from its model; it takes no --init");
        }
        if (common.resumeFrom != null && wct) {
            // the decoders start from random weights (core refuses a start model); their run goes on from its checkpoint
            throw new ParameterException(spec.commandLine(), "--resume-from is for adain, yanai and swap; wct goes on from its checkpoint with --resume");
        }
        Path initModel = common.resumeFrom != null ? common.resumeModel() : init == null ? null : ModelRegistry.standard().find(init);
        Architecture transformerArch;
        try {
            transformerArch = transformer == null ? null : Architecture.named(transformer);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--transformer: " + e.getMessage());
        }
        // the config checks the network's name and every number (core's rules); a refusal names the flag
        ArbitraryConfig config = SettingFlags.build(spec.commandLine(), FLAGS, () -> new ArbitraryConfig(arch, folders.data, styles, folders.output,
            name, steps, batch, size, styleSize, styleWeight, learningRate, common.seed, common.checkpointEvery, common.validateEvery,
            pyramidFalloff.pyramid(stylePyramid), initModel, transformerArch));
        common.checkOutput(folders.output);
        Path shared = VggLocator.sharedDirectory();
        Path testStyles = shared.resolve("images/style");
        Picture photo = common.validationPhoto(384);
        Picture painting = common.validationImage(validationStyle, testStyles.resolve("mosaic.jpg"), 256);
        String command = "./easel " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        try (FeatureNetwork network = vgg.load(Pooling.MAX)) {
            if (yanai) {
                try (YanaiTrainer trainer = new YanaiTrainer(config, network, testStyles, photo, painting)) {
                    common.continueIfAsked(trainer);
                    return TrainingRun.run(trainer, name, steps, folders.output,
                        loss -> String.format(" c=%.3g s=%.3g tv=%.3g", loss.content(), loss.style(), loss.tv()),
                        () -> trainer.modelCard(command));
                }
            }
            if (wct) {
                try (DecoderTrainer trainer = new DecoderTrainer(config, network, testStyles, photo, painting)) {
                    return TrainingRun.run(trainer, name, steps, folders.output, loss -> String.format(" loss=%.3g", loss.content()),
                        () -> trainer.modelCard(command));
                }
            }
            try (AdainTrainer trainer = new AdainTrainer(config, network, testStyles, photo, painting)) {
                common.continueIfAsked(trainer);
                return TrainingRun.run(trainer, name, steps, folders.output,
                    loss -> String.format(" c=%.3g s=%.3g", loss.content(), loss.style()),
                    () -> trainer.modelCard(command));
            }
        }
    }
}
