package dev.easel.bench.quality;

import dev.easel.EaselException;
import dev.easel.bench.CsvOption;
import dev.easel.cli.VggOption;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.io.FileNames;
import dev.easel.models.ArbitraryNetwork;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.RefinedStylizer;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.arbitrary.ArbitraryStylizer;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code easel bench schedule}: how a Gatys run's iterations are best spent. Each schedule stylizes every photo with
 * every painting; the final 8-bit picture is scored by the perceptual loss (content, style at x1, x1/2 and x1/4) and
 * compared with the first schedule's picture of the same pair, so a faster default can be shown to be no worse.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Gatys schedules against the first one: seconds per picture and the final picture's losses as ratios "
        + "(geometric mean over photos x paintings; below 1 is better).")
public final class ScheduleBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--schedules", split = ",", paramLabel = "SCHEDULE",
        description = "COARSE/FINE[@START]: iterations at each coarser level / at --size, and the first level's long side "
            + "(default 256); 'adain+' in front starts from the AdaIN network's picture. The first is the baseline.")
    List<String> schedules = List.of("300/150@256", "150/60@256");

    @Option(names = "--photos", arity = "1..*", paramLabel = "FILE",
        description = "Photos (default: every photo in $EASEL_SHARED/images/content).")
    List<Path> photos;

    @Option(names = "--styles", split = ",", paramLabel = "NAME",
        description = "Paintings in $EASEL_SHARED/images/style, or paths.")
    List<String> styles = List.of("mosaic", "udnie", "the_scream");

    @Option(names = "--size", paramLabel = "N", description = "Long side of every picture.")
    int size = 512;

    @Option(names = "--cache", paramLabel = "DIR",
        description = "Keep the photo-started schedules' pictures here and reuse them (named as bench quality names its Gatys pictures).")
    Path cache;

    @Mixin
    CsvOption csv;

    @Mixin
    VggOption vgg;

    @Override
    public Integer call() throws IOException {
        if (size < 64) {
            throw new ParameterException(spec.commandLine(), "--size must be at least 64 (x1/4 is then 16 px)");
        }
        List<GatysSchedule> plans = schedules.stream().map(GatysSchedule::parse).toList();
        List<Path> photoFiles = photos != null ? photos : QualityBench.defaultPhotos();
        List<Path> styleFiles = styles.stream().map(ScheduleBench::styleFile).toList();
        List<ScheduleResult> results = new ArrayList<>();
        try (FeatureNetwork network = vgg.load(Pooling.MAX)) {
            GatysSettings settings = GatysSettings.defaultsFor(network);
            for (Path photoFile : photoFiles) {
                Picture original = ImageReader.read(photoFile);
                for (Path styleFile : styleFiles) {
                    Picture painting = ImageReader.read(styleFile);
                    int[] wh = StyleRequest.of(original, painting, size).outputSize();
                    Picture photo = Resizer.resize(original, wh[0], wh[1]).quantized();
                    StyleRequest request = new StyleRequest(original, List.of(new StyleInput(painting, FileNames.stem(styleFile), 1.0)),
                        size, ColorPreservation.NONE, 1.0);
                    try (ScaledStyleLoss meter = new ScaledStyleLoss(network, settings.weights(), photo, painting,
                        settings.styleSide(Math.max(wh[0], wh[1])))) {
                        for (GatysSchedule plan : plans) {
                            results.add(run(plan, network, request, photoFile, styleFile, meter));
                        }
                    }
                }
            }
        }
        System.out.print(ScheduleReport.table(results, plans, size));
        csv.write(ScheduleReport.csv(results));
        return 0;
    }

    /** One schedule on one pair: its picture from the cache, or optimized, timed and cached. */
    private ScheduleResult run(GatysSchedule plan, FeatureNetwork network, StyleRequest request, Path photoFile, Path styleFile,
                               ScaledStyleLoss meter) {
        Path cached = plan.cacheTag() == null || cache == null ? null
            : GatysReference.cacheFile(cache, photoFile, styleFile, size, plan.cacheTag());
        Picture picture;
        double seconds = Double.NaN;
        LevelEvaluations evaluations = new LevelEvaluations();
        if (cached != null && Files.isRegularFile(cached)) {
            picture = ImageReader.read(cached);
        } else {
            long start = System.nanoTime();
            try (Stylizer stylizer = stylizer(plan, network)) {
                picture = stylizer.stylize(request, evaluations::record, Cancellation.none()).quantized();
            }
            seconds = (System.nanoTime() - start) / 1e9;
            if (cached != null) {
                ImageWriter.write(picture, cached, true);
            }
        }
        ScheduleResult result = new ScheduleResult(plan.text(), photoFile.getFileName().toString(), styleFile.getFileName().toString(),
            seconds, evaluations.perLevel(), meter.score(picture));
        System.err.println(result.progressLine());
        return result;
    }

    private Stylizer stylizer(GatysSchedule plan, FeatureNetwork network) {
        GatysStylizer gatys = GatysStylizer.builder(network).iterations(plan.fine(), plan.coarse()).startSize(plan.startSize()).build();
        if (!plan.fromAdain()) {
            return gatys;
        }
        // the AdaIN network gets its own VGG19 encoder; its pass is part of the time, as for a user's --refine
        Stylizer adain = ArbitraryStylizer.load(ModelRegistry.standard(), ArbitraryNetwork.ADAIN.id(), vgg.load(Pooling.MAX));
        return new RefinedStylizer(adain, gatys, StyleInput::picture);
    }

    private static Path styleFile(String name) {
        Path given = Path.of(name);
        Path file = Files.isRegularFile(given) ? given : VggLocator.sharedDirectory().resolve("images/style").resolve(name + ".jpg");
        if (!Files.isRegularFile(file)) {
            throw new EaselException("painting '" + name + "' not found: neither a file nor " + file);
        }
        return file;
    }
}
