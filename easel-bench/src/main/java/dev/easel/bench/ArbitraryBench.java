package dev.easel.bench;

import dev.easel.cli.VggOption;
import dev.easel.image.Picture;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.arbitrary.AdainModel;
import dev.easel.stylize.arbitrary.YanaiModel;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code easel bench arbitrary}: ms per image and peak memory of an arbitrary-style model, style encoding
 * included, against the same network in plain PyTorch (easel-bench/pytorch/arbitrary_bench.py) on the same
 * weights, VGG19 and pixels. Each configuration runs in its own child process; PyTorch checks its output
 * against Easel's before its timings are compared.
 */
@Command(name = "arbitrary", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Time style encoding + one whole-image pass of arbitrary-style models (Easel vs PyTorch) and report peak memory.")
public final class ArbitraryBench implements Callable<Integer> {
    @Mixin
    ReferenceOptions reference;

    @Option(names = "--model", arity = "1..*", paramLabel = "NAME|PATH", description = "Arbitrary-style model(s): names from 'easel models' or .json cards.")
    List<String> models = List.of("swap", "adain", "yanai");

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Square photo sides (multiples of 8).")
    List<Integer> sizes = List.of(512, 1024);

    @Mixin
    PassOptions passes;

    @Option(names = "--style", paramLabel = "FILE",
        description = "Style image, sized as each model's encoder takes it (default: $EASEL_SHARED/images/style/starry_night.jpg, else a synthetic pattern).")
    Path style;

    @Mixin
    VggOption vgg;

    @Override
    public Integer call() throws IOException, InterruptedException {
        return RealtimeRow.report(measure(), reference);
    }

    /** Checks the options and times every model at every size. */
    Measured<RealtimeRow> measure() throws IOException, InterruptedException {
        if (passes.repeats < 1 || reference.threads < 1) {
            throw reference.usageError("--repeats and --threads must be at least 1");
        }
        for (int s : sizes) {
            if (s < 16 || s % 8 != 0) {
                throw reference.usageError("--sizes must be multiples of 8 of at least 16, got " + s);
            }
        }
        PrintStream err = System.err;
        Path vggPath = VggLocator.resolve(vgg.path()).toAbsolutePath();
        String torchVersion = reference.torchVersion(err);
        if (torchVersion != null && !Files.isDirectory(vggPath)) {
            err.println("NOTE: the PyTorch reference reads the shared VGG19 shards, not " + vggPath + ": PyTorch columns are skipped.");
            torchVersion = null;
        }
        Path script = reference.script("arbitrary_bench.py", torchVersion != null);
        try (PassComparison comparison = new PassComparison("arbitrary-worker", reference, passes.repeats, torchVersion, script)) {
            Picture photo = picture(passes.content, BenchSupport.PHOTO);
            Picture painting = picture(style, BenchSupport.PAINTING);
            comparison.writeInputs(photo, sizes);
            Path styleFile = comparison.work().resolve("style.f32");
            for (String m : models) {
                Path card = ModelRegistry.standard().find(m).toAbsolutePath();
                ModelCard c = ModelFile.readCard(card);
                for (int size : sizes) {
                    // sized here as the model's encoder would, so both implementations see the same pixels
                    Picture encoded = YanaiModel.ARCHITECTURE.equals(c.architecture())
                        ? YanaiModel.styleInput(painting) : AdainModel.styleInput(painting, size);
                    GatysWorker.writeRaw(styleFile, encoded);
                    comparison.run(c.name() + " (" + c.architecture() + ")", card, size, Double.NaN, List.of("--vgg", vggPath.toString(),
                        "--style", styleFile.toString(), "--style-size", encoded.width() + "x" + encoded.height()));
                }
            }
            return comparison.measured(String.format(Locale.ROOT, "easel bench arbitrary: median of %d timed passes after 1 warm-up "
                    + "(style encoding + whole-image pass), %d threads, %d cores; PyTorch %s", passes.repeats, reference.threads,
                Runtime.getRuntime().availableProcessors(), torchVersion == null ? "skipped" : torchVersion));
        }
    }

    /** A real image where there is one; else RealtimeBench's deterministic pattern (timings do not depend on pixels). */
    private static Picture picture(Path given, String shared) {
        Picture picture = BenchSupport.givenOrShared(given, shared, "a synthetic image");
        return picture != null ? picture : RealtimeBench.syntheticPicture(512, 512);
    }
}
