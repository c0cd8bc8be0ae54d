package dev.easel.stylize.arbitrary;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Tensors;
import dev.easel.nets.yanai.StyleEncoder;
import dev.easel.EaselException;
import dev.easel.image.Picture;
import dev.easel.loss.LossMeter;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.loss.StylePyramid;
import dev.easel.nets.Architecture;
import dev.easel.nets.ParamSet;
import dev.easel.nets.TransformerNet;
import dev.easel.stylize.realtime.RealtimeStylizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.train.ArbitraryConfig;
import dev.easel.train.TrainingChecks;
import dev.easel.train.YanaiTrainer;
import dev.easel.models.ModelRegistry;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Yanai's style-vector network: training, resume, model files and the stylizer, on tiny images. */
class YanaiTrainingTest {
    @SharedVgg
    private static FeatureNetwork vgg;

    @TempDir
    Path dir;

    private ArbitraryConfig config(Path output, int steps, double lr) {
        return config(output, steps, lr, List.of("adain_antimonocromatismo.jpg", "adain_asheville.jpg", "adain_en_campo_gris.jpg"));
    }

    private ArbitraryConfig config(Path output, int steps, double lr, List<String> paintingNames) {
        Path photos = TestData.smallCopies(dir, "train", List.of("bsds300_100075.jpg", "bsds300_100080.jpg", "bsds300_100098.jpg"), 64);
        Path paintings = TestData.smallCopies(dir, "styles-train", paintingNames, 48);
        return new ArbitraryConfig(ArbitraryConfig.YANAI, photos, paintings, output, "test", steps, 2, 32, 32,
            ArbitraryConfig.DEFAULT_RELATIVE_STYLE_WEIGHT, lr, 7, 3, 0);
    }

    private YanaiTrainer trainer(ArbitraryConfig config) {
        return new YanaiTrainer(config, vgg, TestData.shared().resolve("images/style"), null, null);
    }

    /**
     * The whole pipeline learns: painting statistics, style vector, conditional transformer, loss. With one
     * painting the network needs few steps; telling many paintings apart takes the long runs of the shipped
     * model (whose unseen-style figures are in docs/arbitrary.md).
     */
    @Test
    void trainingLowersTheStyleLossOfItsPictures() {
        Picture photo = TestData.image("train/bsds300_100080.jpg", 48);
        Picture painting = TestData.image("styles-train/adain_asheville.jpg", 48);
        double before;
        double after;
        try (LossMeter meter = new LossMeter(vgg, GatysSettings.defaultsFor(vgg).weights(), photo, painting, 48);
             YanaiTrainer t = trainer(config(dir.resolve("run"), 60, 2e-3, List.of("adain_asheville.jpg")))) {
            before = meter.score(t.stylize(photo, painting)).style();
            t.train((step, total, loss, seconds) -> true);
            after = meter.score(t.stylize(photo, painting)).style();
        }
        System.out.printf("style-vector network, style loss of its picture before %.4g, after 60 steps %.4g (%.2fx)%n",
            before, after, before / after);
        assertThat(after).as("style loss of the stylized photo after training vs before").isLessThan(before / 1.25);
    }

    /**
     * Different paintings must keep different vectors: without the encoder's standardization, training
     * switched every hidden unit off and the shipped candidate painted all paintings alike.
     */
    @Test
    void paintingsKeepDistinctStyleVectorsThroughTraining() {
        List<String> names = List.of("adain_antimonocromatismo.jpg", "adain_asheville.jpg", "adain_en_campo_gris.jpg");
        try (YanaiTrainer t = trainer(config(dir.resolve("run"), 40, 2e-3));
             NDManager m = vgg.newManager()) {
            t.train((step, total, loss, seconds) -> true);
            float[][] vectors = new float[names.size()][];
            for (int i = 0; i < names.size(); i++) {
                NDArray image = Tensors.fromPicture(m, TestData.image("styles-train/" + names.get(i), 48));
                vectors[i] = t.network().styleVectors(t.params()::get, StyleEncoder.statistics(vgg, image)).toFloatArray();
            }
            for (int i = 0; i < vectors.length; i++) {
                for (int j = i + 1; j < vectors.length; j++) {
                    double apart = distance(vectors[i], vectors[j]) / Math.max(norm(vectors[i]), norm(vectors[j]));
                    System.out.printf("style vectors of %s and %s: %.3f of their length apart%n", names.get(i), names.get(j), apart);
                    assertThat(apart).as("%s vs %s", names.get(i), names.get(j)).isGreaterThan(0.05);
                }
            }
        }
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    private static double norm(float[] a) {
        return distance(a, new float[a.length]);
    }

    /**
     * Johnson's transformer warm-started from a real-time model paints, before any step, exactly as that model
     * (its style rows start at zero); after a few steps with a style pyramid the saved model loads and paints as the
     * trainer did, and starts a new run that paints as it does.
     */
    @Test
    void aJohnsonTransformerStartsAsTheRealtimeModelItWasGiven() {
        Path realtime = dir.resolve("models/johnson.json");
        try (NDManager m = vgg.newManager(); ParamSet params = new ParamSet(m)) {
            new TransformerNet(Architecture.JOHNSON).initialize(params, 11);
            ModelFile.save(realtime, new ModelCard(ModelCard.FORMAT, "realtime", "johnson", "johnson", List.of(), "none", 0, 0,
                Map.of(), "test", Map.of(), null, null), params);
        }
        Picture photo = TestData.image("train/bsds300_100075.jpg", 48);
        Picture painting = TestData.image("styles-train/adain_asheville.jpg", 64);
        Picture asRealtime;
        try (Stylizer s = RealtimeStylizer.load(new ModelRegistry(List.of()), realtime.toString(), "realtime")) {
            asRealtime = stylize(s, photo, List.of(new StyleInput(null, "johnson", 1)), 1.0);
        }
        ArbitraryConfig base = config(dir.resolve("run"), 3, 1e-3);
        ArbitraryConfig johnson = new ArbitraryConfig(base.arch(), base.data(), base.styles(), base.output(), base.name(), base.steps(),
            base.batch(), base.cropSize(), base.styleCrop(), base.styleWeight(), base.learningRate(), base.seed(), base.checkpointEvery(),
            base.validateEvery(), new StylePyramid(2, 0.25), realtime, Architecture.JOHNSON);
        Path card = dir.resolve("models/yanai-johnson.json");
        Picture trained;
        try (YanaiTrainer t = trainer(johnson)) {
            assertThat(maxDifference(t.stylize(photo, painting), asRealtime)).as("0..255").isLessThan(0.01);
            t.train((step, total, loss, seconds) -> true);
            ModelFile.save(card, t.modelCard("test"), t.params());
            trained = t.stylize(photo, painting);
        }
        ModelCard saved = ModelFile.readCard(card);
        assertThat(saved.settings()).containsEntry("transformer", "johnson").containsEntry("stylePyramid", new StylePyramid(2, 0.25).describe())
            .containsEntry("init", "johnson.json");
        Picture loaded;
        try (Stylizer s = ArbitraryStylizer.load(new ModelRegistry(List.of()), card.toString(), TestData.network())) {
            loaded = stylize(s, photo, List.of(StyleInput.of(painting)), 1.0);
            assertThat(maxDifference(loaded, trained)).as("fp16 weights vs fp32, 0..255").isLessThan(3.0);
        }
        // the saved model starts a run of its own (a run that spans sessions continues from a small committed model)
        ArbitraryConfig again = new ArbitraryConfig(base.arch(), base.data(), base.styles(), dir.resolve("again"), base.name(), base.steps(),
            base.batch(), base.cropSize(), base.styleCrop(), base.styleWeight(), base.learningRate(), base.seed(), base.checkpointEvery(),
            base.validateEvery(), new StylePyramid(2, 0.25), card, Architecture.JOHNSON);
        try (YanaiTrainer t = trainer(again)) {
            assertThat(maxDifference(t.stylize(photo, painting), loaded)).as("0..255").isLessThan(0.01);
        }
    }

    @Test
    void interruptedThenResumedRunMatchesAnUninterruptedOne() {
        TrainingChecks.resumeIsExact(dir, (output, steps) -> trainer(config(output, steps, 2e-3)), "style.fc2.weight");
    }

    @Test
    void savedModelStylizesWithMixedVectorsAndMasks() {
        Path card = dir.resolve("models/test.json");
        Picture photo = TestData.image("train/bsds300_100075.jpg", 48);
        Picture a = TestData.image("styles-train/adain_asheville.jpg", 64);
        Picture b = TestData.image("styles-train/" + firstTexture(), 64);
        Picture before;
        try (YanaiTrainer t = trainer(config(dir.resolve("run"), 3, 2e-3))) {
            t.train((step, total, loss, seconds) -> true);
            // a few steps barely move the per-vector rows: give them values, so styles differ visibly
            Random random = new Random(3);
            for (Map.Entry<String, Shape> p : t.network().transformer().parameterShapes().entrySet()) {
                if (p.getKey().endsWith(".gamma") || p.getKey().endsWith(".beta")) {
                    float[] rows = t.params().get(p.getKey()).toFloatArray();
                    for (int i = (int) p.getValue().get(1); i < rows.length; i++) {
                        rows[i] = (float) (random.nextGaussian() * 2);
                    }
                    t.params().put(p.getKey(), rows, p.getValue());
                }
            }
            ModelFile.save(card, t.modelCard("test"), t.params());
            before = t.stylize(photo, a);
        }
        assertThat(ModelFile.readCard(card).architecture()).isEqualTo("yanai");
        try (Stylizer s = ArbitraryStylizer.load(new ModelRegistry(List.of()), card.toString(), TestData.network())) {
            assertThat(s).isInstanceOf(YanaiStylizer.class);
            YanaiModel model = ((YanaiStylizer) s).model();
            Picture after = stylize(s, photo, List.of(StyleInput.of(a)), 1.0);
            assertThat(maxDifference(before, after)).as("fp16 weights vs fp32, 0..255").isLessThan(3.0);

            // a 1:3 mix paints with the 1:3 mix of the two conditioning rows
            float[] ra = model.conditioningRow(a);
            float[] rb = model.conditioningRow(b);
            assertThat(ra[0]).isEqualTo(1f);
            assertThat(ra).isNotEqualTo(rb);
            float[][] basis = {ra, rb};
            float[] mixed = dev.easel.stylize.MixPlan.uniform(new double[] {1, 3}).projected(basis).weights();
            for (int j = 0; j < ra.length; j++) {
                assertThat(mixed[j]).isCloseTo(0.25f * ra[j] + 0.75f * rb[j], org.assertj.core.data.Offset.offset(1e-5f));
            }
            Picture pureA = stylize(s, photo, List.of(StyleInput.of(a)), 1.0);
            Picture pureB = stylize(s, photo, List.of(StyleInput.of(b)), 1.0);
            Picture half = stylize(s, photo, List.of(new StyleInput(a, "a", 1), new StyleInput(b, "b", 1)), 1.0);
            assertThat(maxDifference(half, pureA)).isGreaterThan(0.0);
            assertThat(maxDifference(half, pureB)).isGreaterThan(0.0);

            // a mask per style: the left half painted as a alone, the right as b alone (away from the border)
            Picture left = halfMask(photo.width(), photo.height(), true);
            Picture right = halfMask(photo.width(), photo.height(), false);
            Picture regions = stylize(s, photo, List.of(new StyleInput(a, "a", 1, left), new StyleInput(b, "b", 1, right)), 1.0);
            double leftVsA = regionDifference(regions, pureA, 0, photo.width() / 4);
            double leftVsB = regionDifference(regions, pureB, 0, photo.width() / 4);
            double rightVsB = regionDifference(regions, pureB, photo.width() * 3 / 4, photo.width());
            double rightVsA = regionDifference(regions, pureA, photo.width() * 3 / 4, photo.width());
            assertThat(leftVsA).isLessThan(leftVsB);
            assertThat(rightVsB).isLessThan(rightVsA);

            // strength 0 returns the photo
            Picture none = stylize(s, photo, List.of(StyleInput.of(a)), 0.0);
            assertThat(maxDifference(none, photo)).isLessThan(0.01);
            assertThatThrownBy(() -> stylize(s, photo, List.of(new StyleInput(null, "mosaic", 1)), 1.0))
                .isInstanceOf(EaselException.class).hasMessageContaining("style images");
        }
    }

    private static String firstTexture() {
        try (var files = Files.list(TestData.shared().resolve("images/styles-train"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("tex_")).sorted().findFirst()
                .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Picture stylize(Stylizer s, Picture photo, List<StyleInput> styles, double strength) {
        return s.stylize(new StyleRequest(photo, styles, 0, ColorPreservation.NONE, strength), p -> { }, Cancellation.none());
    }

    private static Picture halfMask(int w, int h, boolean left) {
        Picture m = Picture.blank(w, h);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    m.set(c, x, y, (x < w / 2) == left ? 255f : 0f);
                }
            }
        }
        return m;
    }

    private static double regionDifference(Picture a, Picture b, int x0, int x1) {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < a.height(); y++) {
                for (int x = x0; x < x1; x++) {
                    sum += Math.abs(a.get(c, x, y) - b.get(c, x, y));
                    n++;
                }
            }
        }
        return sum / n;
    }

    private static double maxDifference(Picture a, Picture b) {
        double max = 0;
        for (int i = 0; i < a.data().length; i++) {
            max = Math.max(max, Math.abs(a.data()[i] - b.data()[i]));
        }
        return max;
    }
}
