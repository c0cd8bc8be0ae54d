package dev.easel.stylize.arbitrary;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.loss.LossValues;
import dev.easel.loss.StylePyramid;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.TilePlan;
import dev.easel.testing.Differences;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.train.ArbitraryConfig;
import dev.easel.train.AdainTrainer;
import dev.easel.train.TrainingChecks;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AdaIN training, resume, model files and the stylizer, on tiny images (the shared VGG19 blocks 1-3). */
class AdainTrainingTest {
    @SharedVgg
    private static FeatureNetwork vgg;

    @TempDir
    Path dir;

    private Path photos() {
        return TestData.smallCopies(dir, "train", List.of("bsds300_100075.jpg", "bsds300_100080.jpg", "bsds300_100098.jpg"), 64);
    }

    private Path paintings() {
        return TestData.smallCopies(dir, "styles-train",
            List.of("adain_antimonocromatismo.jpg", "adain_asheville.jpg", "adain_en_campo_gris.jpg"), 48);
    }

    private ArbitraryConfig config(Path output, int steps, double lr) {
        return new ArbitraryConfig(ArbitraryConfig.ADAIN, photos(), paintings(), output, "test", steps, 2, 32, 32, 10, lr, 7, 3, 0);
    }

    private static double mean(List<LossValues> losses, ToDoubleFunction<LossValues> term) {
        return losses.stream().mapToDouble(term).average().orElseThrow();
    }

    private AdainTrainer trainer(ArbitraryConfig config) {
        return new AdainTrainer(config, vgg, TestData.shared().resolve("images/style"), null, null);
    }

    @Test
    void trainingLowersTheLoss() {
        TrainingChecks.lossFalls(trainer(config(dir.resolve("run"), 40, 1e-3)), "AdaIN loss", 3);
    }

    @Test
    void interruptedThenResumedRunMatchesAnUninterruptedOne() {
        TrainingChecks.resumeIsExact(dir, (output, steps) -> trainer(config(output, steps, 1e-3)), "dec1_1.weight");
    }

    /** A model trained 3 steps and saved as {@code card}, with the trainer's own picture of {@code photo} in {@code style}. */
    private record Trained(Path card, Picture photo, Picture style, Picture picture) {
    }

    private Trained trainSaveAndStylize() {
        Path card = dir.resolve("models/test.json");
        Picture photo = TestData.image("train/bsds300_100075.jpg", 48);
        Picture style = TestData.image("styles-train/adain_asheville.jpg", 64);
        try (AdainTrainer t = trainer(config(dir.resolve("run"), 3, 1e-3))) {
            t.train((step, total, loss, seconds) -> true);
            ModelFile.save(card, t.modelCard("test"), t.params());
            return new Trained(card, photo, style, t.stylize(photo, AdainModel.styleInput(style, Math.max(photo.width(), photo.height()))));
        }
    }

    @Test
    void savedModelLoadsAndStylizesLikeTheTrainer() {
        Trained trained = trainSaveAndStylize();
        Picture photo = trained.photo();
        Picture style = trained.style();
        Picture before = trained.picture();
        assertThat(ModelFile.readCard(trained.card()).method()).isEqualTo("arbitrary");
        try (AdainStylizer s = new AdainStylizer(AdainModel.load(trained.card(), vgg, false))) {
            Picture after = s.stylize(new StyleRequest(photo, List.of(StyleInput.of(style)), 0, ColorPreservation.NONE, 1.0),
                p -> { }, Cancellation.none());
            assertThat(after.width()).isEqualTo(before.width());
            assertThat(after.height()).isEqualTo(before.height());
            assertThat(maxDifference(before, after)).as("fp16 weights vs fp32, 0..255").isLessThan(3.0);

            // tiles that share the whole photo's statistics give the whole-image result
            Picture large = TestData.image("train/bsds300_100075.jpg", 120);
            StyleRequest r = new StyleRequest(large, List.of(StyleInput.of(style)), 0, ColorPreservation.NONE, 1.0);
            Picture whole = s.stylize(r, p -> { }, Cancellation.none());
            Picture tiles = new AdainStylizer(s.model(), new TilePlan(1, 24)).stylize(r, p -> { }, Cancellation.none());
            assertThat(maxDifference(whole, tiles)).as("tiled vs whole").isLessThan(1.0);

            // strength 0 decodes the photo's own features; several styles mix
            Picture other = TestData.image("styles-train/adain_en_campo_gris.jpg", 64);
            Picture mixed = s.stylize(new StyleRequest(photo, List.of(new StyleInput(style, "a", 1), new StyleInput(other, "b", 1)),
                0, ColorPreservation.LUMINANCE, 0.5), p -> { }, Cancellation.none());
            assertThat(mixed.width()).isEqualTo(photo.width());
        }
    }

    @Test
    void aSwapDecoderTrainsOnSwappedFeaturesAndItsModelPaintsLikeItsTrainer() {
        ArbitraryConfig swap = new ArbitraryConfig(ArbitraryConfig.SWAP, photos(), paintings(), dir.resolve("swap"), "swap", 20, 2, 32, 32,
            ArbitraryConfig.DEFAULT_SWAP_STYLE_WEIGHT, 1e-3, 7, 3, 0);
        Path card = dir.resolve("models/swap.json");
        Picture photo = TestData.image("train/bsds300_100075.jpg", 48);
        Picture style = TestData.image("styles-train/adain_asheville.jpg", 48);
        Picture trainers;
        List<LossValues> losses = new ArrayList<>();
        try (AdainTrainer t = trainer(swap)) {
            t.train((step, total, loss, seconds) -> losses.add(loss));
        }
        // both terms fall: the content (the swapped features) and the style (Grams relative to each photo's own distance)
        assertThat(mean(losses.subList(15, 20), LossValues::content)).isLessThan(mean(losses.subList(0, 5), LossValues::content) / 3);
        assertThat(mean(losses.subList(15, 20), LossValues::style)).isLessThan(mean(losses.subList(0, 5), LossValues::style) / 2);
        try (AdainTrainer t = trainer(swap)) { // resumes the finished run's checkpoint
            assertThat(t.step()).isEqualTo(20);
            ModelFile.save(card, t.modelCard("test"), t.params());
            trainers = t.stylize(photo, AdainModel.styleInput(style, Math.max(photo.width(), photo.height())));
        }
        assertThat(ModelFile.readCard(card).architecture()).isEqualTo("swap");
        try (ArbitraryStylizer s = ArbitraryStylizer.load(ModelRegistry.standard(), card.toString(), TestData.network())) {
            Picture loaded = s.stylize(new StyleRequest(photo, List.of(StyleInput.of(style)), 0, ColorPreservation.NONE, 1.0),
                p -> { }, Cancellation.none());
            assertThat(Differences.meanAbs(trainers, loaded)).as("fp16 weights vs fp32, 0..255").isLessThan(2.0);
        }
    }

    @Test
    void aFineTuneStartsFromTheModelAndThePyramidAddsCoarseStyleTerms() {
        Trained trained = trainSaveAndStylize();
        Picture photo = trained.photo();
        double[] firstStyle = new double[2];
        StylePyramid[] pyramids = {StylePyramid.SINGLE, new StylePyramid(2, 1.0)};
        for (int i = 0; i < 2; i++) {
            ArbitraryConfig c = new ArbitraryConfig(ArbitraryConfig.ADAIN, photos(), paintings(), dir.resolve("tune" + i), "tune", 1, 2,
                32, 32, 10, 1e-9, 7, 3, 0, pyramids[i], trained.card(), null);
            try (AdainTrainer t = trainer(c)) {
                Picture started = t.stylize(photo, AdainModel.styleInput(trained.style(), Math.max(photo.width(), photo.height())));
                assertThat(maxDifference(trained.picture(), started)).as("starts as the model (fp16 weights)").isLessThan(3.0);
                int k = i;
                t.train((step, total, loss, seconds) -> {
                    firstStyle[k] = loss.style();
                    return true;
                });
                assertThat(t.modelCard("tune").settings()).containsEntry("init", "test.json");
            }
        }
        // the same weights and batch: the 1/2 scale's statistics terms come on top of the full scale's
        assertThat(firstStyle[1]).isGreaterThan(firstStyle[0] * 1.05);
    }

    @Test
    void tinyGrayscaleAndTransparentStylesWork() throws Exception {
        Path card = dir.resolve("models/test.json");
        try (AdainTrainer t = trainer(config(dir.resolve("run"), 1, 1e-3))) {
            t.train((step, total, loss, seconds) -> true);
            ModelFile.save(card, t.modelCard("test"), t.params());
        }
        Picture photo = TestData.image("train/bsds300_100080.jpg", 40);
        try (AdainStylizer s = new AdainStylizer(AdainModel.load(card, vgg, false))) {
            for (Path style : TestData.grayscaleAndTransparentPngs(dir)) {
                Picture out = s.stylize(new StyleRequest(photo, List.of(StyleInput.of(ImageReader.read(style))), 0,
                    ColorPreservation.NONE, 1.0), p -> { }, Cancellation.none());
                assertThat(out.width()).isEqualTo(photo.width());
                for (float v : out.data()) {
                    assertThat(Float.isFinite(v)).isTrue();
                }
            }
            assertThatThrownBy(() -> s.stylize(new StyleRequest(photo, List.of(new StyleInput(null, "mosaic", 1)), 0,
                ColorPreservation.NONE, 1.0), p -> { }, Cancellation.none()))
                .isInstanceOf(EaselException.class).hasMessageContaining("style images");
        }
    }

    @Test
    void aStylesFolderWithAnUnseenTestPaintingIsRefused() throws Exception {
        Path styles = paintings();
        // by content, under another name
        Files.copy(TestData.shared().resolve("images/style/mosaic.jpg"), styles.resolve("renamed.jpg"));
        ArbitraryConfig c = new ArbitraryConfig(ArbitraryConfig.ADAIN, photos(), styles, dir.resolve("run"), "t", 1, 1, 32, 32, 10, 1e-3, 1, 1, 0);
        assertThatThrownBy(() -> trainer(c)).isInstanceOf(EaselException.class)
            .hasMessageContaining("unseen test painting mosaic.jpg");
        Files.delete(styles.resolve("renamed.jpg"));
        // by name
        ImageWriter.write(TestData.image("styles-train/adain_asheville.jpg", 32), styles.resolve("starry_night.jpg"), false);
        assertThatThrownBy(() -> trainer(c)).isInstanceOf(EaselException.class)
            .hasMessageContaining("unseen test painting starry_night.jpg");
    }

    private static double maxDifference(Picture a, Picture b) {
        double max = 0;
        for (int i = 0; i < a.data().length; i++) {
            max = Math.max(max, Math.abs(a.data()[i] - b.data()[i]));
        }
        return max;
    }
}
