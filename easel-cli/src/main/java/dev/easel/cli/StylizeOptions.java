package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.memory.MemoryBudget;
import dev.easel.memory.MemoryEstimate;
import dev.easel.models.ModelRegistry;
import dev.easel.names.StyleNames;
import dev.easel.stylize.CoarseToFine;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.PaintingFolders;
import dev.easel.stylize.RefinedStylizer;
import dev.easel.stylize.StrokeScale;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.arbitrary.AdainStylizer;
import dev.easel.stylize.arbitrary.ArbitraryStylizer;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.stylize.WrongMethodException;
import dev.easel.vgg.Pooling;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stylize flags that {@code stylize}, {@code batch} and {@code video} share (a picocli mixin): one
 * definition of each flag, its checks, and how the flags become a {@link Stylizer} and its requests. The
 * commands never look at the method themselves, so every method works everywhere.
 */
public final class StylizeOptions {
    static final String DEFAULT_MULTI_MODEL = RealtimeStylizer.DEFAULT_MULTI_MODEL;
    static final String DEFAULT_ARBITRARY_MODEL = AdainStylizer.DEFAULT_MODEL;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-m", "--method"}, paramLabel = "gatys|realtime|multi|arbitrary",
        description = "gatys: any painting, minutes; realtime, multi: a trained network's styles, seconds; arbitrary: any painting, seconds.")
    Method method = Method.gatys;

    @Option(names = "--model", paramLabel = "NAME|PATH",
        description = "Trained model for realtime, multi or arbitrary: a name from 'easel models' or a .json model card (multi default: " + DEFAULT_MULTI_MODEL + ", arbitrary default: " + DEFAULT_ARBITRARY_MODEL + ").")
    String model;

    @Option(names = "--arch", paramLabel = "swap|adain|yanai|wct",
        description = "arbitrary: which network when --model is not given: swap (default), adain, yanai or wct (the model of that name).")
    String arch;

    @Option(names = {"-s", "--style"}, paramLabel = "FILE|NAME",
        description = "A painting: an image file or a painting's name such as starry_night (gatys, arbitrary), or a style of the --model (multi); repeat to blend several. 'easel models' lists the names.")
    List<Path> styles;

    @Option(names = "--style-weights", split = ",", paramLabel = "W", description = "Blend weight per --style (normalised to sum 1).")
    List<Double> styleWeights;

    @Option(names = "--style-mask", paramLabel = "FILE",
        description = "multi, arbitrary (yanai): one mask image per --style, in order; each style goes where its mask is bright (weights are normalised per pixel).")
    List<Path> styleMasks;

    @Option(names = "--size", paramLabel = "N", description = "Long side of the output in pixels; 0 keeps the input's size.")
    int size = StyleRequest.DEFAULT_SIZE;

    @Option(names = "--iterations", paramLabel = "N", description = "Optimizer iterations at the final size.")
    int iterations = GatysSettings.DEFAULT_ITERATIONS;

    @Option(names = "--coarse-iterations", paramLabel = "N", description = "Iterations at each coarser coarse-to-fine level.")
    int coarseIterations = GatysSettings.DEFAULT_COARSE_ITERATIONS;

    @Option(names = "--start-size", paramLabel = "N",
        description = "Coarse-to-fine: optimize first at this long side, then refine at each doubling; 0 optimizes at full size only.")
    int startSize = GatysSettings.DEFAULT_START_SIZE;

    @Mixin
    NetworkPasses networkPasses;

    @Option(names = "--optimizer", paramLabel = "lbfgs|adam", description = "gatys: the optimizer.")
    OptimizerName optimizer = OptimizerName.lbfgs;

    @Mixin
    GatysLearningRate learningRate;

    @Option(names = "--init", paramLabel = "content|random|style", description = "gatys: the starting image.")
    InitName init = InitName.content;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed for --init random.")
    long seed = 0;

    @Mixin
    ContentWeightOption contentWeight;

    @Option(names = "--style-weight", paramLabel = "W", description = "Weight of the style loss (default depends on the network: 1e-3).")
    Double styleWeight;

    @Option(names = "--tv-weight", paramLabel = "W", description = "Weight of total variation (smoothness; default 1e-2).")
    Double tvWeight;

    @Option(names = "--content-layer", paramLabel = "LAYER", description = "Content layer (default: relu3_2 with the shared blocks 1-3, relu4_2 with the full VGG19).")
    String contentLayer;

    @Option(names = "--style-layers", split = ",", paramLabel = "LAYER[:W]",
        description = "Style layers, optionally with weights (default: relu1_1,relu2_1,relu3_1 with blocks 1-3; relu1_1..relu5_1 with the full VGG19).")
    List<String> styleLayers;

    @Option(names = "--style-pyramid", paramLabel = "N",
        description = "gatys, --refine: take the style loss at N scales, the picture as is and reduced to 1/2, 1/4, ... (the painting's strokes and shapes, not only its texture).")
    int stylePyramid = 1;

    @Option(names = "--style-scale", paramLabel = "S",
        description = "Brush-stroke size. gatys: the painting is resized to S times the output's long side (default 1). "
            + "realtime, multi, arbitrary: the network paints at a long side of 512/S and its picture is resized to the output, "
            + "so strokes keep their size relative to the picture at any --size (default: the network at the output size).")
    Double styleScale;

    @Option(names = "--pooling", paramLabel = "max|avg", showDefaultValue = Help.Visibility.NEVER, description = "VGG pooling (default: max).")
    Pooling pooling = Pooling.MAX;

    @Option(names = "--preserve-colors", paramLabel = "none|luminance|histogram", description = "Keep the photo's colours.")
    ColorName preserveColors = ColorName.none;

    @Option(names = "--strength", paramLabel = "0..1", description = "Blend between the photo (0) and the full stylization (1).")
    double strength = 1.0;

    @Mixin
    VggOption vgg;

    @Option(names = "--max-pixels", paramLabel = "N", description = "Refuse input images with more pixels than this.")
    long maxPixels = ImageReader.DEFAULT_MAX_PIXELS;

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = ByteSizeConverter.class,
        description = "Refuse work whose estimated peak memory is over this (e.g. 8g, 512m; default: 3/4 of the Java heap limit plus half of the memory outside it).")
    Long maxMemory;

    @Option(names = "--verbose", description = "Log details and show stack traces.")
    boolean verbose;

    enum Method { gatys, realtime, multi, arbitrary }

    enum OptimizerName { lbfgs, adam }

    enum InitName { content, random, style }

    enum ColorName { none, luminance, histogram }

    /** The model realtime uses when none is named (video's default: gatys would take minutes per frame). */
    void useDefaultModel(String realtimeModel) {
        if (method == Method.realtime && model == null) {
            model = realtimeModel;
        }
    }

    long maxPixels() {
        return maxPixels;
    }

    /** The files this run reads besides {@code content}: style images (not a model's style names) and masks. */
    List<Path> inputFiles(Path content) {
        List<Path> files = new ArrayList<>();
        files.add(content);
        if (styles != null && method != Method.multi) {
            files.addAll(styles);
        }
        if (styleMasks != null) {
            files.addAll(styleMasks);
        }
        return files;
    }

    /** Checks the flags together (picocli checks each one alone); a bad combination is a usage error (exit 2). */
    void validate() {
        StylizeOptionChecks.validate(this);
    }

    /** The styles every request of this run paints with (see {@link RunStyles}). */
    List<StyleInput> styleInputs() {
        return RunStyles.read(this);
    }

    /** The request for one photo (or video frame) with the run's styles. */
    StyleRequest request(Picture photo, List<StyleInput> styleInputs) {
        return new StyleRequest(photo, styleInputs, size, ColorPreservation.valueOf(preserveColors.name().toUpperCase()), strength);
    }

    /**
     * {@link #request}, refused before any work when its output is too small for the networks or its estimated
     * peak memory is over the budget.
     */
    StyleRequest checkedRequest(Picture photo, List<StyleInput> styleInputs) {
        return checkedRequest(photo, styleInputs, budget());
    }

    /** {@link #checkedRequest} against another budget (a Spark task's share of its executor's). */
    StyleRequest checkedRequest(Picture photo, List<StyleInput> styleInputs, MemoryBudget budget) {
        StyleRequest request = request(photo, styleInputs);
        OutputSize.check(request.outputSize(), method.name(), estimate(), budget);
        return request;
    }

    /** Refuses an output too small for the networks or over the memory budget (one line, before any work). */
    void checkOutputSize(int width, int height) {
        OutputSize.check(new int[] {width, height}, method.name(), estimate(), budget());
    }

    /** The method's memory model: a refined network picture also runs Gatys at the output size. */
    private MemoryEstimate estimate() {
        return method == Method.gatys || networkPasses.refine > 0 ? MemoryEstimate.GATYS
            : method == Method.arbitrary ? MemoryEstimate.ARBITRARY : MemoryEstimate.NETWORK;
    }

    MemoryBudget budget() {
        return SettingFlags.memoryBudget(command.commandLine(), maxMemory);
    }

    /** --max-memory in bytes; null when not given. */
    Long maxMemory() {
        return maxMemory;
    }

    /**
     * Loads the method's network(s): done once per run, then reused for every photo or frame.
     *
     * @param saveEvery gatys: write the image every N iterations (stylize's --save-every); 0 for none
     */
    Stylizer createStylizer(int saveEvery) {
        if (method == Method.gatys) {
            return GatysFromOptions.build(this, saveEvery, iterations, coarseIterations);
        }
        Stylizer loaded = method == Method.arbitrary ? arbitrary() : network();
        Stylizer passes = new CoarseToFine(loaded, networkPasses.scales);
        Stylizer network = styleScale == null ? passes : new StrokeScale(passes, styleScale);
        if (networkPasses.refine == 0) {
            return network;
        }
        try {
            return new RefinedStylizer(network, GatysFromOptions.build(this, saveEvery, networkPasses.refine, networkPasses.refine), style -> PaintingFolders.standard()
                .read(loaded instanceof RealtimeStylizer r ? r.paintingOf(style) : style.name(), maxPixels));
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    /** The arbitrary-style network (AdaIN decoder or style-vector network) with its VGG19 encoder. */
    private Stylizer arbitrary() {
        try {
            return ArbitraryStylizer.load(ModelRegistry.standard(),
                StyleNames.standard().model(model != null ? model : arch != null ? arch : DEFAULT_ARBITRARY_MODEL).toString(),
                vgg.load(Pooling.MAX));
        } catch (WrongMethodException e) {
            throw usage(Main.message(e));
        }
    }

    /**
     * A trained network (realtime or multi), checked to be of the requested kind. Unknown style names are
     * reported by the stylizer when it maps them, before the network runs.
     */
    private Stylizer network() {
        try {
            return RealtimeStylizer.load(ModelRegistry.standard(),
                StyleNames.standard().model(model != null ? model : DEFAULT_MULTI_MODEL).toString(), method.name());
        } catch (WrongMethodException e) {
            throw usage(Main.message(e)); // the model is fine; the flags do not match it
        }
    }

    void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw usage(name + " must be >= 0, got " + value);
        }
    }

    /** A usage error (exit 2) of the command this mixin belongs to. */
    ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
