package dev.easel.cli.bench;

import dev.easel.EaselException;
import dev.easel.cli.Main;
import dev.easel.image.ContactSheet;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.loss.LossMeter;
import dev.easel.loss.LossValues;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.stylize.realtime.RealtimeModel;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.vgg.FeatureNetwork;
import dev.easel.vgg.Pooling;
import dev.easel.vgg.VggLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code easel bench quality}: how much of the style loss a trained network removes, against what a Gatys
 * optimization of the same photo and style removes, both scored by the core's perceptual loss on the
 * 8-bit pictures a user would get. The ratio (photo - network) / (photo - Gatys) is the network's share
 * of Gatys' style-loss reduction.
 */
@Command(name = "quality", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Style-loss reduction of trained models against a Gatys optimization of the same photo and style.")
public final class QualityBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, arity = "1..*", paramLabel = "NAME|PATH", description = "Trained model(s).")
    List<String> models;

    @Option(names = "--photos", arity = "1..*", paramLabel = "FILE",
        description = "Evaluation photos (default: every photo in $EASEL_SHARED/images/content, none of which is trained on).")
    List<Path> photos;

    @Option(names = "--style", paramLabel = "FILE",
        description = "The style image (default: the model card's style, looked up in $EASEL_SHARED/images/style).")
    Path style;

    @Option(names = "--size", paramLabel = "N", description = "Long side of every result; the style is resized to it, as Gatys does.")
    int size = 256;

    @Option(names = "--iterations", paramLabel = "N", description = "Gatys L-BFGS iterations, at the final size only.")
    int iterations = 300;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep Gatys results here and reuse them on later runs.")
    Path cache;

    @Option(names = "--sheets", paramLabel = "DIR",
        description = "Write METHOD_NAME_sheet.jpg per model: photo | style | network | Gatys for the first --sheet-photos photos.")
    Path sheets;

    @Option(names = "--sheet-photos", paramLabel = "N", description = "Photos per contact sheet.")
    int sheetPhotos = 3;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the results as CSV.")
    Path csv;

    @Option(names = "--vgg", paramLabel = "PATH", description = "VGG19 weights (default: $EASEL_VGG, else the shared blocks 1-3).")
    String vgg;

    /** One photo's scores: the style loss of the photo itself, of the network's output and of Gatys' output. */
    record Row(String model, String photo, double photoLoss, double networkLoss, double gatysLoss, double networkMs) {
        double share() {
            return (photoLoss - networkLoss) / (photoLoss - gatysLoss);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (size < 32 || iterations < 1) {
            throw new ParameterException(spec.commandLine(), "--size must be at least 32 and --iterations at least 1");
        }
        List<Path> photoFiles = photos != null ? photos : defaultPhotos();
        PrintStream err = System.err;
        List<Row> rows = new ArrayList<>();
        try (FeatureNetwork network = VggLocator.load(vgg, Pooling.MAX);
             GatysStylizer gatys = GatysStylizer.builder(network).iterations(iterations, iterations).startSize(0).build()) {
            GatysSettings settings = gatys.settings();
            for (String m : models) {
                Path cardPath = ModelRegistry.standard().find(m);
                ModelCard card = ModelFile.readCard(cardPath);
                Path styleFile = style != null ? style : styleOf(card);
                Picture painting = ImageReader.read(styleFile);
                List<Picture> sheetRows = new ArrayList<>();
                try (Stylizer realtime = new RealtimeStylizer(RealtimeModel.load(cardPath))) {
                    for (Path photoFile : photoFiles) {
                        StyleRequest request = StyleRequest.of(ImageReader.read(photoFile), painting, size);
                        int[] wh = request.outputSize();
                        Picture photo = Resizer.resize(request.content(), wh[0], wh[1]).quantized();
                        long t0 = System.nanoTime();
                        Picture result = realtime.stylize(request, ProgressListener.NONE, Cancellation.none()).quantized();
                        double ms = (System.nanoTime() - t0) / 1e6;
                        Picture optimized = gatysResult(gatys, request, photoFile, styleFile, err);
                        try (LossMeter meter = new LossMeter(network, settings.weights(), photo, painting, settings.styleScale())) {
                            Row row = new Row(card.name(), fileName(photoFile), meter.score(photo).style(),
                                meter.score(result).style(), meter.score(optimized).style(), ms);
                            rows.add(row);
                            err.printf(Locale.ROOT, "%s on %s: %.0f%% of Gatys' style-loss reduction%n", row.model(), row.photo(),
                                100 * row.share());
                        }
                        if (sheets != null && sheetRows.size() < sheetPhotos) {
                            sheetRows.add(ContactSheet.row(List.of(photo, painting, result, optimized), 256, 6));
                        }
                    }
                }
                if (sheets != null) {
                    Files.createDirectories(sheets);
                    ImageWriter.write(ContactSheet.column(sheetRows, 6), sheets.resolve(card.method() + "_" + card.name() + "_sheet.jpg"), true);
                }
            }
        }
        System.out.print(table(rows));
        if (csv != null) {
            Files.writeString(csv, csv(rows), StandardCharsets.UTF_8);
        }
        return rows.stream().allMatch(r -> Double.isFinite(r.share())) ? 0 : Main.EXIT_FAILURE;
    }

    private Picture gatysResult(GatysStylizer gatys, StyleRequest request, Path photoFile, Path styleFile, PrintStream err) {
        Path cached = cache == null ? null
            : cache.resolve("gatys-" + stem(photoFile) + "-" + stem(styleFile) + "-" + size + "-" + iterations + ".png");
        if (cached != null && Files.isRegularFile(cached)) {
            return ImageReader.read(cached);
        }
        err.printf("Gatys, %d iterations: %s x %s ...%n", iterations, fileName(photoFile), fileName(styleFile));
        Picture result = gatys.stylize(request, ProgressListener.NONE, Cancellation.none()).quantized();
        if (cached != null) {
            ImageWriter.write(result, cached, true);
        }
        return result;
    }

    private static Path styleOf(ModelCard card) {
        if (card.styles().isEmpty()) {
            throw new EaselException("model '" + card.name() + "' names no style image; give one with --style");
        }
        Path file = VggLocator.sharedDirectory().resolve("images/style").resolve(card.styles().get(0));
        if (!Files.isRegularFile(file)) {
            throw new EaselException("style image of model '" + card.name() + "' not found: " + file + "; give it with --style");
        }
        return file;
    }

    private static List<Path> defaultPhotos() throws IOException {
        Path dir = VggLocator.sharedDirectory().resolve("images/content");
        if (!Files.isDirectory(dir)) {
            throw new EaselException("no evaluation photos: " + dir + " is missing; give them with --photos");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String fileName(Path p) {
        return p.getFileName().toString();
    }

    private static String stem(Path p) {
        String name = fileName(p);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
            "style loss at %d px (Gatys: %d L-BFGS iterations); share = (photo - network) / (photo - Gatys)%n", size, iterations));
        sb.append(String.format(Locale.ROOT, "%-18s %-22s %12s %12s %12s %7s %9s%n", "model", "photo", "photo", "network", "gatys",
            "share", "net ms"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-18s %-22s %12.4g %12.4g %12.4g %6.0f%% %9.0f%n", r.model(), r.photo(),
                r.photoLoss(), r.networkLoss(), r.gatysLoss(), 100 * r.share(), r.networkMs()));
        }
        rows.stream().map(Row::model).distinct().forEach(model -> {
            double min = rows.stream().filter(r -> r.model().equals(model)).mapToDouble(Row::share).min().orElse(Double.NaN);
            double mean = rows.stream().filter(r -> r.model().equals(model)).mapToDouble(Row::share).average().orElse(Double.NaN);
            sb.append(String.format(Locale.ROOT, "%-18s share: mean %.0f%%, worst %.0f%%%n", model, 100 * mean, 100 * min));
        });
        return sb.toString();
    }

    private static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("model,photo,photo_style_loss,network_style_loss,gatys_style_loss,share,network_ms\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%.6g,%.6g,%.6g,%.4f,%.1f%n", r.model(), r.photo(), r.photoLoss(),
                r.networkLoss(), r.gatysLoss(), r.share(), r.networkMs()));
        }
        return sb.toString();
    }
}
