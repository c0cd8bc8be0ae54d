package dev.easel.bench.quality;

import dev.easel.EaselException;
import dev.easel.bench.CsvOption;
import dev.easel.cli.Main;
import dev.easel.cli.NetworkPasses;
import dev.easel.cli.VggOption;
import dev.easel.image.ContactSheet;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.io.FileNames;
import dev.easel.models.Method;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.CoarseToFine;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.PaintingFolders;
import dev.easel.stylize.RefinedStylizer;
import dev.easel.loss.StylePyramid;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.gatys.GatysStylizer;
import dev.easel.train.ImageFolder;
import dev.easel.stylize.arbitrary.ArbitraryStylizer;
import dev.easel.stylize.realtime.RealtimeModel;
import dev.easel.stylize.realtime.RealtimeStylizer;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code easel bench quality}: how far a trained network moves a photo's style loss towards the painting,
 * against how far a Gatys optimization of the same photo and painting moves it, both scored by the core's
 * perceptual loss on the 8-bit pictures a user would get: the log-share (see {@link LogShare}) at x1, x1/2
 * and x1/4 (see {@link ScaledStyleLoss}), the content ratio, and identification among the paintings.
 */
@Command(name = "quality", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
    description = "Style-loss reduction of trained models against a Gatys optimization of the same photo and painting, "
        + "as a log-share at x1, x1/2 and x1/4, with the content ratio and identification among the paintings. "
        + "A network's --refine iterations count in its time ('net ms').")
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

    @Option(names = "--size", paramLabel = "N",
        description = "Long side of every result (at least 64, so that x1/4 is 16 px); the style is resized to it, as Gatys does.")
    int size = 256;

    @Option(names = "--iterations", paramLabel = "N", description = "Gatys L-BFGS iterations at the final size.")
    int iterations = 300;

    @Option(names = "--coarse-iterations", paramLabel = "N",
        description = "Gatys iterations at each coarser level, coarse to fine from 256 px (0: the final size only). "
            + "--size 512 --iterations 150 --coarse-iterations 300 is 'easel stylize''s default run.")
    int coarseIterations = 0;

    @Mixin
    NetworkPasses networkPasses;

    @Option(names = "--style-pyramid", paramLabel = "N", description = "Style loss scales of the --refine iterations (stylize --style-pyramid).")
    int stylePyramid = 1;

    @Option(names = "--no-gatys",
        description = "Skip Gatys (minutes per pair): report each network's own style-loss reduction and identification only.")
    boolean noGatys;

    @Option(names = "--cache", paramLabel = "DIR",
        description = "Keep Gatys results here and reuse them on later runs (also with --gatys-from: a cached picture is used first).")
    Path cache;

    @Option(names = "--gatys-from", arity = "1..*", paramLabel = "CSV",
        description = "Reuse the Gatys losses of earlier --csv results (same --size and --iterations) for the pairs they hold; "
            + "the others are optimized. Their pictures are not in the sheets. CSVs of versions before the x1/2, x1/4 and "
            + "content columns need --cache with that run's Gatys pictures.")
    List<Path> gatysFrom;

    @Option(names = "--sheets", paramLabel = "DIR",
        description = "Write METHOD_NAME_sheet.jpg per model: photo | style | network | Gatys for the first --sheet-photos photos.")
    Path sheets;

    @Option(names = "--sheet-photos", paramLabel = "N", description = "Photos per contact sheet.")
    int sheetPhotos = 3;

    @Mixin
    CsvOption csv;

    @Mixin
    VggOption vgg;

    @Override
    public Integer call() throws IOException {
        if (size < 64 || iterations < 1) {
            throw new ParameterException(spec.commandLine(), "--size must be at least 64 and --iterations at least 1");
        }
        List<Path> photoFiles = photos != null ? photos : defaultPhotos();
        EarlierGatysLosses earlier = EarlierGatysLosses.read(gatysFrom == null ? List.of() : gatysFrom);
        List<QualityRow> rows = new ArrayList<>();
        try (FeatureNetwork network = vgg.load(Pooling.MAX);
             GatysStylizer gatys = GatysStylizer.builder(network).iterations(iterations, coarseIterations)
                 .startSize(coarseIterations == 0 ? 0 : 256).build()) {
            GatysReference reference = new GatysReference(gatys, cache, earlier, size,
                GatysReference.tag(iterations, coarseIterations));
            for (String m : models) {
                Path cardPath = ModelRegistry.standard().find(m);
                ModelCard card = ModelFile.readCard(cardPath);
                boolean arbitrary = card.isFor(Method.ARBITRARY);
                if (style != null && !arbitrary && (card.styles().size() > 1 || style.size() > 1)) {
                    throw new ParameterException(spec.commandLine(), "--style takes one image for a single-style model and "
                        + "none for a multi-style one; '" + m + "' has " + card.styles().size() + " style(s)");
                }
                List<Path> styleFiles = style != null ? style
                    : arbitrary ? testPaintings() : card.styles().stream().map(s -> styleFile(card, s)).toList();
                Stylizer network1 = arbitrary ? ArbitraryStylizer.load(ModelRegistry.standard(), m, vgg.load(Pooling.MAX))
                    : new RealtimeStylizer(RealtimeModel.load(cardPath));
                Stylizer passes = new CoarseToFine(network1, networkPasses.scales());
                try (Stylizer stylizer = networkPasses.refine() == 0 ? passes : refined(passes, network1, network)) {
                    rows.addAll(evaluate(card, stylizer, styleFiles, photoFiles, network, gatys.settings(), reference));
                }
            }
        }
        System.out.print(QualityReport.table(rows, size, iterations, noGatys));
        csv.write(QualityReport.csv(rows));
        return rows.stream().allMatch(r -> Double.isFinite(noGatys ? r.reduction() : r.logShare(0))) ? 0 : Main.EXIT_FAILURE;
    }

    /** The network's picture finished by --refine iterations (the VGG19 stays open: the bench owns it). */
    private Stylizer refined(Stylizer passes, Stylizer networkStylizer, FeatureNetwork vggNetwork) {
        GatysStylizer finish = GatysStylizer.builder(vggNetwork).iterations(networkPasses.refine(), networkPasses.refine())
            .weights(GatysSettings.defaultsFor(vggNetwork).weights().withStylePyramid(new StylePyramid(stylePyramid))).build();
        PaintingFolders paintings = PaintingFolders.standard();
        return new RefinedStylizer(passes, finish,
            s -> paintings.read(networkStylizer instanceof RealtimeStylizer r ? r.paintingOf(s) : s.name(), Long.MAX_VALUE));
    }

    /**
     * Scores each of the model's paintings on each photo. A multi-style model paints each style alone (a
     * one-hot mix). Where there are several paintings, each output is also scored against the others for
     * {@link Identification}.
     */
    private List<QualityRow> evaluate(ModelCard card, Stylizer stylizer, List<Path> styleFiles, List<Path> photoFiles,
                                      FeatureNetwork network, GatysSettings settings, GatysReference reference) {
        List<Picture> paintings = styleFiles.stream().map(ImageReader::read).toList();
        boolean multi = paintings.size() > 1;
        List<QualityRow> rows = new ArrayList<>();
        List<List<Picture>> sheetRows = new ArrayList<>();
        paintings.forEach(p -> sheetRows.add(new ArrayList<>()));
        for (Path photoFile : photoFiles) {
            Picture original = ImageReader.read(photoFile);
            int[] wh = StyleRequest.of(original, paintings.get(0), size).outputSize();
            Picture photo = Resizer.resize(original, wh[0], wh[1]).quantized();
            int styleSide = settings.styleSide(Math.max(wh[0], wh[1]));
            List<ScaledStyleLoss> meters = new ArrayList<>();
            try {
                for (Picture painting : paintings) {
                    meters.add(new ScaledStyleLoss(network, settings.weights(), photo, painting, styleSide));
                }
                List<ScaledLosses> photoLoss = meters.stream().map(m -> m.score(photo)).toList();
                double[] photoFull = photoLoss.stream().mapToDouble(ScaledLosses::styleFull).toArray();
                for (int s = 0; s < paintings.size(); s++) {
                    StyleRequest request = new StyleRequest(original, List.of(new StyleInput(paintings.get(s), styleName(card, styleFiles, s), 1.0)),
                        size, ColorPreservation.NONE, 1.0);
                    long t0 = System.nanoTime();
                    Picture result = stylizer.stylize(request, ProgressListener.NONE, Cancellation.none()).quantized();
                    double ms = (System.nanoTime() - t0) / 1e6;
                    ScaledLosses own = meters.get(s).score(result);
                    Boolean identified = null;
                    if (multi) {
                        double[] against = new double[meters.size()];
                        for (int t = 0; t < meters.size(); t++) {
                            against[t] = t == s ? own.styleFull() : meters.get(t).fullStyle(result);
                        }
                        identified = Identification.identified(s, against, photoFull);
                    }
                    GatysReference.Outcome optimized = noGatys ? new GatysReference.Outcome(null, ScaledLosses.NONE)
                        : reference.of(request, photoFile, styleFiles.get(s), meters.get(s), photoFull[s]);
                    QualityRow row = new QualityRow(card.name(), fileName(styleFiles.get(s)), fileName(photoFile), photoLoss.get(s), own,
                        optimized.losses(), ms, identified);
                    rows.add(row);
                    progress(row);
                    if (sheets != null && sheetRows.get(s).size() < sheetPhotos) {
                        List<Picture> cells = optimized.picture() == null ? List.of(photo, paintings.get(s), result)
                            : List.of(photo, paintings.get(s), result, optimized.picture());
                        sheetRows.get(s).add(ContactSheet.row(cells, SHEET_ROW_HEIGHT, 6));
                    }
                }
            } finally {
                meters.forEach(ScaledStyleLoss::close);
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

    private void progress(QualityRow r) {
        String verdict = r.identified() == null ? "" : r.identified() ? "; identified" : "; NOT identified";
        if (noGatys) {
            System.err.printf(Locale.ROOT, "%s, %s on %s: %s of the photo's style loss removed%s%n", r.model(), r.style(), r.photo(),
                QualityReport.percent(r.reduction()), verdict);
        } else {
            System.err.printf(Locale.ROOT, "%s, %s on %s: log-share %s / %s / %s (x1 / x1/2 / x1/4), content ratio %s, edges %s, "
                    + "linear %s%s%n", r.model(), r.style(), r.photo(), QualityReport.decimal(r.logShare(0)),
                QualityReport.decimal(r.logShare(1)), QualityReport.decimal(r.logShare(2)), QualityReport.decimal(r.contentRatio()),
                QualityReport.edgePair(r.edges(), r.gatysEdges()), QualityReport.percent(r.linearShare()), verdict);
        }
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

    static List<Path> defaultPhotos() throws IOException {
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
}
