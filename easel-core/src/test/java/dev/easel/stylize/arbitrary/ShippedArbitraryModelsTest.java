package dev.easel.stylize.arbitrary;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.loss.LossMeter;
import dev.easel.models.ModelRegistry;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped arbitrary-style models (models/adain, models/yanai, models/swap) on an evaluation photo and paintings of
 * images/style, which neither saw in training, scored with the core's own style loss at 256 px.
 */
class ShippedArbitraryModelsTest {
    private static final int SIDE = 256;
    @SharedVgg
    private static FeatureNetwork vgg;
    private static GatysSettings settings;
    private static Picture photo;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        settings = GatysSettings.defaultsFor(vgg);
        photo = TestData.tubingen(SIDE).quantized();
    }

    private static Stylizer stylizer(String model) {
        return ArbitraryStylizer.load(ModelRegistry.standard(), model, TestData.network());
    }

    private static Picture painting(String file) {
        return ImageReader.read(TestData.shared().resolve("images/style").resolve(file));
    }

    private static Picture paint(Stylizer s, List<StyleInput> styles, double strength) {
        return s.stylize(new StyleRequest(photo, styles, SIDE, ColorPreservation.NONE, strength), p -> { }, Cancellation.none()).quantized();
    }

    private static double styleLoss(Picture painting, Picture picture) {
        try (LossMeter meter = new LossMeter(vgg, settings.weights(), photo, painting, settings.styleSide(SIDE))) {
            return meter.score(picture).style();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"adain", "yanai", "swap"})
    void lowersTheStyleLossOfUnseenPaintings(String model) {
        // the shipped models (step 8,000) measured 3.7-7.0x (adain) and 3.6-5.9x (yanai) here; the step-1,951
        // and step-1,381 models measured about 2x. Per-painting figures: docs/arbitrary.md
        double factor = 3.0;
        try (Stylizer s = stylizer(model)) {
            for (String file : List.of("starry_night.jpg", "woman-with-hat-matisse.jpg", "mosaic.jpg")) {
                Picture art = painting(file);
                double before = styleLoss(art, photo);
                double after = styleLoss(art, paint(s, List.of(StyleInput.of(art)), 1.0));
                assertThat(before / after).as("%s on %s: style loss %.4g -> %.4g", model, file, before, after).isGreaterThan(factor);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"adain", "yanai", "swap"})
    void strengthZeroReturnsNearlyTheContent(String model) {
        try (Stylizer s = stylizer(model)) {
            List<StyleInput> style = List.of(StyleInput.of(painting("the_scream.jpg")));
            double none = meanAbsDiff(paint(s, style, 0.0), photo);
            double full = meanAbsDiff(paint(s, style, 1.0), photo);
            assertThat(none).as("mean |strength 0 - photo|").isLessThan(0.5);
            assertThat(full).as("mean |strength 1 - photo|").isGreaterThan(10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"adain", "yanai", "swap"})
    void mixingWeightsGiveIntermediateStatistics(String model) {
        Picture a = painting("starry_night.jpg");
        Picture b = painting("seated-nude.jpg");
        try (Stylizer s = stylizer(model)) {
            Picture pureA = paint(s, List.of(StyleInput.of(a)), 1.0);
            Picture pureB = paint(s, List.of(StyleInput.of(b)), 1.0);
            Picture even = paint(s, List.of(new StyleInput(a, "a", 0.5), new StyleInput(b, "b", 0.5)), 1.0);
            // against either painting, the even mix scores between the two pure styles
            for (Picture target : List.of(a, b)) {
                double lossA = styleLoss(target, pureA);
                double lossB = styleLoss(target, pureB);
                assertThat(styleLoss(target, even)).isBetween(Math.min(lossA, lossB), Math.max(lossA, lossB));
            }
            assertThat(styleLoss(a, pureA)).isLessThan(styleLoss(a, pureB));
            assertThat(styleLoss(b, pureB)).isLessThan(styleLoss(b, pureA));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"adain", "yanai", "swap"})
    void tinyHugeGrayscaleAndTransparentStylesWork(String model) throws Exception {
        Picture huge = Picture.blank(6000, 4000); // 24 MP: encoded at the model's style size
        try (Stylizer s = stylizer(model)) {
            List<Picture> styles = new ArrayList<>();
            TestData.grayscaleAndTransparentPngs(dir).forEach(f -> styles.add(ImageReader.read(f)));
            styles.add(huge);
            for (Picture style : styles) {
                Picture out = paint(s, List.of(StyleInput.of(style)), 1.0);
                assertThat(out.width()).isEqualTo(photo.width());
                assertThat(out.height()).isEqualTo(photo.height());
                for (float v : out.data()) {
                    assertThat(v).isBetween(0f, 255f);
                }
            }
        }
    }

    private static double meanAbsDiff(Picture p, Picture q) {
        float[] a = p.data();
        float[] b = q.data();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
