package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.analogy.AnalogyColor;
import dev.easel.analogy.AnalogySettings;
import dev.easel.analogy.AnalogyStylizer;
import dev.easel.analogy.ExamplePair;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.memory.MemoryBudget;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.StyleRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code easel analogy}: Image Analogies, learn a filter from an example pair A -> A' and apply it to B. */
@Command(name = "analogy", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = {"Image Analogies (Hertzmann et al. 2001): learn the filter that turns A into A' and apply it to B.",
        "Without --a, A is A' smoothed: the analogy then adds A's brush strokes to B (a painterly analogy from a painting alone)."})
public final class AnalogyCommand implements Callable<Integer> {
    private static final AnalogySettings DEFAULTS = AnalogySettings.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--a", paramLabel = "FILE", description = "The example's unfiltered picture (default: --a-prime smoothed).")
    Path a;

    @Option(names = "--a-prime", required = true, paramLabel = "FILE", description = "The example's filtered, painted or textured picture, pixel-aligned with --a.")
    Path aPrime;

    @Option(names = "--b", required = true, paramLabel = "FILE", description = "The picture to filter.")
    Path b;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Result image (.png, .jpg).")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing output.")
    boolean force;

    @Option(names = "--kappa", paramLabel = "K",
        description = "Coherence: larger copies longer stretches of A' intact (0-1 for filters, 2-25 for painterly pairs).")
    double kappa = DEFAULTS.kappa();

    @Option(names = "--levels", paramLabel = "N", description = "Pyramid levels, coarse to fine (0: the coarsest about 24 px).")
    int levels = DEFAULTS.levels();

    @Option(names = "--color", paramLabel = "luminance|full",
        description = "luminance: match and copy brightness, B keeps its colours; full: match and copy colour (colour filters, texture by numbers).")
    String color = "luminance";

    @Option(names = "--no-remap", negatable = false,
        description = "Do not match A's brightness statistics to B's (texture by numbers, where label maps differ).")
    boolean noRemap;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random search: the same seed gives the same picture.")
    long seed = DEFAULTS.seed();

    @Option(names = "--size", paramLabel = "N",
        description = "Long side of the output in pixels (0 keeps B's size). A painting given alone is resized to it; an A/A' pair is used as given.")
    int size = StyleRequest.DEFAULT_SIZE;

    @Option(names = "--max-pixels", paramLabel = "N", description = "Refuse input images with more pixels than this.")
    long maxPixels = ImageReader.DEFAULT_MAX_PIXELS;

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = ByteSizeConverter.class,
        description = "Refuse work whose estimated peak memory is over this (e.g. 2g; default as for stylize).")
    Long maxMemory;

    @Override
    public Integer call() {
        AnalogySettings settings = settings();
        MemoryBudget budget = SettingFlags.memoryBudget(spec.commandLine(), maxMemory);
        OutputFiles outputs = new OutputFiles(output, force);
        OutputFiles.check(spec.commandLine(), output, force, ImageWriter::checkOutputName, java.util.Arrays.asList(a, aPrime, b));
        Picture filtered = ImageReader.read(aPrime, maxPixels);
        Picture photo = ImageReader.read(b, maxPixels);
        ExamplePair pair = a == null ? null : pair(ImageReader.read(a, maxPixels), filtered);
        long start = System.nanoTime();
        try (AnalogyStylizer stylizer = pair == null ? AnalogyStylizer.ofPaintings(settings) : AnalogyStylizer.ofPair(pair, settings);
             ProgressBarListener bar = new ProgressBarListener("analogy", p -> { })) {
            StyleRequest request = StyleRequest.of(photo, filtered, size);
            AnalogyMemory.check(stylizer, request, settings.color() == AnalogyColor.FULL, budget);
            Picture result = stylizer.stylize(request, bar, Cancellation.none());
            bar.close();
            outputs.write(result);
            System.err.printf("wrote %s (%dx%d) in %.1f s%n", output, result.width(), result.height(), (System.nanoTime() - start) / 1e9);
        } catch (IllegalArgumentException e) {
            throw new EaselException(e.getMessage(), e); // e.g. B too small: a fact about the user's file
        }
        return 0;
    }

    private AnalogySettings settings() {
        if (size < 0) {
            throw usage("--size must be >= 0, got " + size);
        }
        AnalogyColor mode = switch (color.toLowerCase(java.util.Locale.ROOT)) {
            case "luminance" -> AnalogyColor.LUMINANCE;
            case "full" -> AnalogyColor.FULL;
            default -> throw usage("--color must be luminance or full, got '" + color + "'");
        };
        try {
            return new AnalogySettings(levels, kappa, mode, !noRemap, seed, DEFAULTS.rounds(), DEFAULTS.passes());
        } catch (IllegalArgumentException e) {
            throw usage("--" + e.getMessage()); // the settings' messages start with the option's name
        }
    }

    private ExamplePair pair(Picture unfiltered, Picture filtered) {
        if (unfiltered.width() != filtered.width() || unfiltered.height() != filtered.height()) {
            throw new EaselException(String.format("--a %s is %dx%d but --a-prime %s is %dx%d: the example pair must have the same size",
                a, unfiltered.width(), unfiltered.height(), aPrime, filtered.width(), filtered.height()));
        }
        try {
            return new ExamplePair(unfiltered, filtered);
        } catch (IllegalArgumentException e) {
            throw new EaselException(e.getMessage(), e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
