package dev.easel.cli.bench;

import dev.easel.EaselException;
import dev.easel.cli.Main;
import dev.easel.image.ContactSheet;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.io.FileNames;
import dev.easel.loss.LossMeter;
import dev.easel.loss.LossValues;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.train.ImageFolder;
import dev.easel.stylize.arbitrary.ArbitraryModel;
import dev.easel.stylize.arbitrary.ArbitraryStylizer;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
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
    /** Small enough for a docs page (a 3-photo sheet is about 300 KB), large enough to judge strokes. */
    private static final int SHEET_ROW_HEIGHT = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, arity = "1..*", paramLabel = "NAME|PATH", description = "Trained model(s).")
    List<String> models;

    @Option(names = "--photos", arity = "1..*", paramLabel = "FILE",
        description = "Evaluation photos (default: every photo in $EASEL_SHARED/images/content, none of which is trained on).")
    List<Path> photos;

    @Option(names = "--style", paramLabel = "FILE",
        description = "The style image of a single-style model (default: the model card's style, looked up in $EASEL_SHARED/images/style); "
            + "for arbitrary-style models, repeat for each painting to test (default: every painting in $EASEL_SHARED/images/style, "
            + "the styles they never saw).")
    List<Path> style;

    @Option(names = "--size", paramLabel = "N", description = "Long side of every result; the style is resized to it, as Gatys does.")
    int size = 256;

    @Option(names = "--iterations", paramLabel = "N", description = "Gatys L-BFGS iterations, at the final size only.")
    int iterations = 300;

    @Option(names = "--no-gatys",
        description = "Skip Gatys (minutes per pair): report each network's own style-loss reduction and, for multi-style models, identification only.")
    boolean noGatys;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep Gatys results here and reuse them on later runs.")
    Path cache;

    @Option(names = "--gatys-from", arity = "1..*", paramLabel = "CSV",
        description = "Reuse the Gatys style losses of earlier --csv results (same --size and --iterations) for the pairs they hold; "
            + "the others are optimized. Their pictures are not in the sheets.")
    List<Path> gatysFrom;

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
    record Row(String model, String style, String photo, double photoLoss, double networkLoss, double gatysLoss, double networkMs,
               Boolean identified) {
        /** NaN without a Gatys result. */
        double share() {
            return (photoLoss - networkLoss) / (photoLoss - gatysLoss);
        }

        /** The share of the photo's own style loss the network removes. */
        double reduction() {
            return 1 - networkLoss / photoLoss;
        }
    }

    private EarlierGatysLosses earlier;

    @Override
    public Integer call() throws IOException {
        if (size < 32 || iterations < 1) {
            throw new ParameterException(spec.commandLine(), "--size must be at least 32 and --iterations at least 1");
        }
        List<Path> photoFiles = photos != null ? photos : defaultPhotos();
        earlier = EarlierGatysLosses.read(gatysFrom == null ? List.of() : gatysFrom);
        List<Row> rows = new ArrayList<>();
        try (FeatureNetwork network = VggLocator.load(vgg, Pooling.MAX);
             GatysStylizer gatys = GatysStylizer.builder(network).iterations(iterations, iterations).startSize(0).build()) {
            for (String m : models) {
                Path cardPath = ModelRegistry.standard().find(m);
                ModelCard card = ModelFile.readCard(cardPath);
                boolean arbitrary = card.method().equals(ArbitraryModel.METHOD);
                if (style != null && !arbitrary && (card.styles().size() > 1 || style.size() > 1)) {
                    throw new ParameterException(spec.commandLine(), "--style takes one image for a single-style model and "
                        + "none for a multi-style one; '" + m + "' has " + card.styles().size() + " style(s)");
                }
                List<Path> styleFiles = style != null ? style
                    : arbitrary ? testPaintings() : card.styles().stream().map(s -> styleFile(card, s)).toList();
                try (Stylizer stylizer = arbitrary ? ArbitraryStylizer.load(ModelRegistry.standard(), m, VggLocator.load(vgg, Pooling.MAX))
                    : new RealtimeStylizer(RealtimeModel.load(cardPath))) {
                    rows.addAll(evaluate(card, stylizer, styleFiles, photoFiles, network, gatys));
                }
            }
        }
        System.out.print(table(rows));
        if (csv != null) {
            Files.writeString(csv, csv(rows), StandardCharsets.UTF_8);
        }
        return rows.stream().allMatch(r -> noGatys ? Double.isFinite(r.reduction()) : Double.isFinite(r.share())) ? 0 : Main.EXIT_FAILURE;
    }

    /**
     * Scores each of the model's styles on each photo. A multi-style model paints each style alone (a
     * one-hot mix), and its result is also scored against every other style of the model: it is identified
     * when its style loss, relative to the photo's, is lowest against its own.
     */
    private List<Row> evaluate(ModelCard card, Stylizer stylizer, List<Path> styleFiles, List<Path> photoFiles,
                               FeatureNetwork network, GatysStylizer gatys) {
        GatysSettings settings = gatys.settings();
        List<Picture> paintings = styleFiles.stream().map(ImageReader::read).toList();
        boolean multi = paintings.size() > 1;
        List<Row> rows = new ArrayList<>();
        List<List<Picture>> sheetRows = new ArrayList<>();
        paintings.forEach(p -> sheetRows.add(new ArrayList<>()));
        for (Path photoFile : photoFiles) {
            Picture original = ImageReader.read(photoFile);
            int[] wh = StyleRequest.of(original, paintings.get(0), size).outputSize();
            Picture photo = Resizer.resize(original, wh[0], wh[1]).quantized();
            int styleSide = settings.styleSide(Math.max(wh[0], wh[1]));
            List<LossMeter> meters = new ArrayList<>();
            try {
                for (Picture painting : paintings) {
                    meters.add(new LossMeter(network, settings.weights(), photo, painting, styleSide));
                }
                double[] photoLoss = meters.stream().mapToDouble(m -> m.score(photo).style()).toArray();
                for (int s = 0; s < paintings.size(); s++) {
                    StyleRequest request = new StyleRequest(original, List.of(new StyleInput(paintings.get(s), styleName(card, styleFiles, s), 1.0)),
                        size, ColorPreservation.NONE, 1.0);
                    long t0 = System.nanoTime();
                    Picture result = stylizer.stylize(request, ProgressListener.NONE, Cancellation.none()).quantized();
                    double ms = (System.nanoTime() - t0) / 1e6;
                    OptionalDouble known = noGatys ? OptionalDouble.empty()
                        : earlier.find(fileName(styleFiles.get(s)), fileName(photoFile), photoLoss[s]);
                    Picture optimized = noGatys || known.isPresent() ? null : gatysResult(gatys, request, photoFile, styleFiles.get(s));
                    double own = meters.get(s).score(result).style();
                    Boolean identified = null;
                    if (multi) {
                        // relative to the photo's own loss against each painting: raw Gram losses of different
                        // paintings differ by 10x and more, which would favour the low-energy ones
                        identified = true;
                        for (int t = 0; t < meters.size(); t++) {
                            identified &= t == s || meters.get(t).score(result).style() / photoLoss[t] > own / photoLoss[s];
                        }
                    }
                    Row row = new Row(card.name(), fileName(styleFiles.get(s)), fileName(photoFile), photoLoss[s], own,
                        optimized == null ? known.orElse(Double.NaN) : meters.get(s).score(optimized).style(), ms, identified);
                    rows.add(row);
                    System.err.printf(Locale.ROOT, "%s, %s on %s: %.0f%% of %s%s%n", row.model(), row.style(), row.photo(),
                        100 * (noGatys ? row.reduction() : row.share()), noGatys ? "the photo's style loss removed" : "Gatys' style-loss reduction",
                        identified == null ? "" : identified ? "; identified" : "; NOT identified");
                    if (sheets != null && sheetRows.get(s).size() < sheetPhotos) {
                        List<Picture> cells = optimized == null ? List.of(photo, paintings.get(s), result)
                            : List.of(photo, paintings.get(s), result, optimized);
                        sheetRows.get(s).add(ContactSheet.row(cells, SHEET_ROW_HEIGHT, 6));
                    }
                }
            } finally {
                meters.forEach(LossMeter::close);
            }
        }
        if (sheets != null) {
            for (int s = 0; s < paintings.size(); s++) {
                String name = card.method() + "_" + card.name() + (multi ? "_" + FileNames.stem(styleFiles.get(s)) : "") + "_sheet.jpg";
                ImageWriter.write(ContactSheet.column(sheetRows.get(s), 6), sheets.resolve(name), true);
            }
        }
        return rows;
    }

    private Picture gatysResult(GatysStylizer gatys, StyleRequest request, Path photoFile, Path styleFile) {
        Path cached = cache == null ? null
            : cache.resolve("gatys-" + FileNames.stem(photoFile) + "-" + FileNames.stem(styleFile) + "-" + size + "-" + iterations + ".png");
        if (cached != null && Files.isRegularFile(cached)) {
            return ImageReader.read(cached);
        }
        System.err.printf("Gatys, %d iterations: %s x %s ...%n", iterations, fileName(photoFile), fileName(styleFile));
        Picture result = gatys.stylize(request, ProgressListener.NONE, Cancellation.none()).quantized();
        if (cached != null) {
            ImageWriter.write(result, cached, true);
        }
        return result;
    }

    /** The name a model knows style {@code s} by: its card's for trained styles, the file's for arbitrary ones. */
    private static String styleName(ModelCard card, List<Path> styleFiles, int s) {
        return card.styles().size() == styleFiles.size() ? card.styles().get(s) : fileName(styleFiles.get(s));
    }

    /** The unseen test paintings (images of $EASEL_SHARED/images/style); a clear error when there are none. */
    private static List<Path> testPaintings() {
        return new ImageFolder(VggLocator.sharedDirectory().resolve("images/style")).files();
    }

    private static Path styleFile(ModelCard card, String style) {
        Path file = VggLocator.sharedDirectory().resolve("images/style").resolve(style);
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

    private String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
            "style loss at %d px (Gatys: %d L-BFGS iterations); share = (photo - network) / (photo - Gatys)%n", size, iterations));
        sb.append(String.format(Locale.ROOT, "%-16s %-26s %-20s %11s %11s %11s %6s %7s %s%n", "model", "style", "photo", "photo",
            "network", "gatys", "share", "net ms", "identified"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-16s %-26s %-20s %11.4g %11.4g %11.4g %5.0f%% %7.0f %s%n", r.model(), r.style(),
                r.photo(), r.photoLoss(), r.networkLoss(), r.gatysLoss(), 100 * r.share(), r.networkMs(),
                r.identified() == null ? "-" : r.identified() ? "yes" : "NO"));
        }
        rows.stream().map(Row::model).distinct().forEach(model -> {
            List<Row> mine = rows.stream().filter(r -> r.model().equals(model)).toList();
            double min = mine.stream().mapToDouble(Row::share).min().orElse(Double.NaN);
            double mean = mine.stream().mapToDouble(Row::share).average().orElse(Double.NaN);
            double reduction = mine.stream().mapToDouble(Row::reduction).average().orElse(Double.NaN);
            sb.append(noGatys ? String.format(Locale.ROOT, "%-16s style loss reduced by %.0f%% on average", model, 100 * reduction)
                : String.format(Locale.ROOT, "%-16s share: mean %.0f%%, worst %.0f%%", model, 100 * mean, 100 * min));
            long judged = mine.stream().filter(r -> r.identified() != null).count();
            if (judged > 0) {
                long identified = mine.stream().filter(r -> Boolean.TRUE.equals(r.identified())).count();
                sb.append(String.format(Locale.ROOT, "; own style identified in %d of %d (%.0f%%)", identified, judged,
                    100.0 * identified / judged));
            }
            sb.append(System.lineSeparator());
        });
        return sb.toString();
    }

    private static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("model,style,photo,photo_style_loss,network_style_loss,gatys_style_loss,share,network_ms,identified\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.6g,%.6g,%.6g,%.4f,%.1f,%s%n", r.model(), r.style(), r.photo(), r.photoLoss(),
                r.networkLoss(), r.gatysLoss(), r.share(), r.networkMs(), r.identified() == null ? "" : r.identified()));
        }
        return sb.toString();
    }
}
