package dev.easel.train;

import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.models.ModelCard;
import dev.easel.models.ModelFile;
import dev.easel.models.ModelRegistry;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.stylize.MixPlan;
import dev.easel.stylize.realtime.RealtimeModel;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MultiStyleTrainingTest {
    @SharedVgg
    private static FeatureNetwork vgg;

    @TempDir
    Path dir;

    private Path style(String name) {
        return TestData.shared().resolve("images/style/" + name + ".jpg");
    }

    private TrainingConfig config(List<Path> styles, Conditioning c, Path output, Path base, int steps) {
        return config(styles, c, output, base, List.of(), steps, 7);
    }

    private TrainingConfig config(List<Path> styles, Conditioning c, Path output, Path base, List<Path> init, int steps, long seed) {
        return new TrainingConfig(styles, data(), output, "multi", Architecture.COMPACT, c, GatysSettings.defaultsFor(vgg).weights(),
            steps, 2, 32, 64, 1e-2, seed, 100, 0, base, init, 0);
    }

    private Path data() {
        Path data = dir.resolve("data");
        for (String name : List.of("bsds300_100075.jpg", "bsds300_100080.jpg")) {
            Path file = data.resolve(name.replace(".jpg", ".png"));
            if (!file.toFile().exists()) {
                ImageWriter.write(TestData.image("train/" + name, 64), file, false);
            }
        }
        return data;
    }

    /** Trains the run to its end and saves it as a model file. */
    private Path trainAndSave(TrainingConfig config, String file) {
        try (RealtimeTrainer trainer = new RealtimeTrainer(config, vgg, null)) {
            trainer.train((step, total, loss, seconds) -> true);
            ModelCard card = new ModelCard(ModelCard.FORMAT, "multi", "multi", "compact",
                config.styles().stream().map(p -> p.getFileName().toString()).toList(), "test", config.steps(), 0, Map.of(), "test",
                Map.of("conditioning", config.conditioning().id()), null, null);
            Path path = dir.resolve(file);
            ModelFile.save(path, card, trainer.params());
            return path;
        }
    }

    /** The run adding udnie to a candy-and-mosaic network of {@code c}, trained {@code steps} steps and saved as its base. */
    private TrainingConfig addingUdnie(Conditioning c, int steps) {
        TrainingConfig first = config(List.of(style("candy"), style("mosaic")), c, dir.resolve(c.id() + "-base"), null, steps);
        Path base = trainAndSave(first, c.id() + "-base.json");
        return config(List.of(style("candy"), style("mosaic"), style("udnie")), c, dir.resolve(c.id() + "-added"), base, steps);
    }

    @Test
    void addingAStyleLeavesTheOtherStylesExactlyAsTheyWere() {
        TrainingConfig second = addingUdnie(Conditioning.INSTANCE_NORM, 4);
        Path base = second.baseModel();
        Path extended = trainAndSave(second, "extended.json");
        Picture photo = TestData.tubingen(48);
        try (RealtimeModel before = RealtimeModel.load(base); RealtimeModel after = RealtimeModel.load(extended)) {
            for (int s = 0; s < 2; s++) {
                double[] old = new double[2];
                double[] now = new double[3];
                old[s] = 1;
                now[s] = 1;
                assertThat(after.apply(photo, MixPlan.uniform(now)).data())
                    .as("style %d", s).containsExactly(before.apply(photo, MixPlan.uniform(old)).data());
            }
            double[] added = {0, 0, 1};
            assertThat(after.apply(photo, MixPlan.uniform(added)).data()).isNotEqualTo(
                before.apply(photo, MixPlan.uniform(new double[] {1, 0})).data());
        }
    }

    @Test
    void aMultiStyleNetworkStartedFromAShippedModelPaintsEveryStyleAsThatModel() {
        Path shipped = ModelRegistry.standard().find("mosaic-fast");
        TrainingConfig start = config(List.of(style("candy"), style("mosaic")), Conditioning.INSTANCE_NORM, dir.resolve("w"), null,
            List.of(shipped), 0, 7);
        Path started = trainAndSave(start, "started.json");
        Picture photo = TestData.tubingen(48);
        try (RealtimeModel single = RealtimeModel.load(shipped); RealtimeModel multi = RealtimeModel.load(started)) {
            float[] expected = single.apply(photo, null).data();
            // equal up to float rounding: the multi-style network scales and shifts after the norm, not inside it
            assertThat(multi.apply(photo, MixPlan.uniform(new double[] {1, 0})).data()).containsExactly(expected, within(1e-3f));
            assertThat(multi.apply(photo, MixPlan.uniform(new double[] {0, 1})).data()).containsExactly(expected, within(1e-3f));
        }
    }

    @Test
    void severalRealtimeModelsStartOneMultiStyleNetwork() {
        // two single-style networks after one step, from different seeds so every weight differs
        Path candy = trainAndSave(config(List.of(style("candy")), Conditioning.NONE, dir.resolve("c"), null, List.of(), 1, 1), "candy.json");
        Path mosaic = trainAndSave(config(List.of(style("mosaic")), Conditioning.NONE, dir.resolve("m"), null, List.of(), 1, 2), "mosaic.json");
        TrainingConfig start = config(List.of(style("mosaic"), style("udnie"), style("candy")), Conditioning.INSTANCE_NORM,
            dir.resolve("s"), null, List.of(candy, mosaic), 0, 3);
        try (RealtimeTrainer multi = new RealtimeTrainer(start, vgg, null);
             RealtimeTrainer c = new RealtimeTrainer(config(List.of(style("candy")), Conditioning.NONE, dir.resolve("c"), null, List.of(), 1, 1), vgg, null);
             RealtimeTrainer m = new RealtimeTrainer(config(List.of(style("mosaic")), Conditioning.NONE, dir.resolve("m"), null, List.of(), 1, 2), vgg, null)) {
            // the trainers hold the exact weights, the models their fp16 rounding
            String conv = "enc1.weight";
            float[] a = c.params().get(conv).toFloatArray();
            float[] b = m.params().get(conv).toFloatArray();
            float[] average = new float[a.length];
            for (int i = 0; i < a.length; i++) {
                average[i] = (a[i] + b[i]) / 2;
            }
            assertThat(multi.params().get(conv).toFloatArray()).containsExactly(average, within(1e-3f));
            String gamma = multi.params().values().keySet().stream().filter(n -> n.endsWith("gamma")).findFirst().orElseThrow();
            float[] rows = multi.params().get(gamma).toFloatArray();
            float[] mosaicRow = m.params().get(gamma).toFloatArray();
            float[] candyRow = c.params().get(gamma).toFloatArray();
            int w = mosaicRow.length;
            assertThat(java.util.Arrays.copyOfRange(rows, 0, w)).containsExactly(mosaicRow, within(1e-3f));
            assertThat(java.util.Arrays.copyOfRange(rows, 2 * w, 3 * w)).containsExactly(candyRow, within(1e-3f));
            float[] udnieRow = java.util.Arrays.copyOfRange(rows, w, 2 * w);
            for (int i = 0; i < w; i++) {
                // no model was trained on udnie: it starts as the models' mean style
                assertThat(udnieRow[i]).isCloseTo((mosaicRow[i] + candyRow[i]) / 2, within(1e-3f));
            }
            // a multi-style model hands each painting's rows on by name, in whatever order the new network has them
            Path three = trainAndSave(start, "three.json");
            TrainingConfig reordered = config(List.of(style("candy"), style("mosaic")), Conditioning.INSTANCE_NORM,
                dir.resolve("r"), null, List.of(three), 0, 4);
            try (RealtimeTrainer two = new RealtimeTrainer(reordered, vgg, null)) {
                float[] twoRows = two.params().get(gamma).toFloatArray();
                assertThat(java.util.Arrays.copyOfRange(twoRows, 0, w)).containsExactly(candyRow, within(1e-3f));
                assertThat(java.util.Arrays.copyOfRange(twoRows, w, 2 * w)).containsExactly(mosaicRow, within(1e-3f));
            }
        }
    }

    @Test
    void balancingWeightsLowContrastPaintingsHarder() {
        Path photos = dir.resolve("photos");
        for (String name : List.of("bsds300_100075.jpg", "bsds300_100080.jpg", "bsds300_100098.jpg", "bsds300_103041.jpg")) {
            ImageWriter.write(TestData.image("train/" + name, 432), photos.resolve(name.replace(".jpg", ".png")), false);
        }
        // the training defaults: 160 px crops, paintings at 256 px
        double[] full = balanceFactors(photos, 1);
        // photos sit ~7x closer to udnie's Grams than to mosaic's (measured on 160 px crops of the whole training set)
        assertThat(full[1] / full[0]).isGreaterThan(3);
        double[] quarter = balanceFactors(photos, 0.25);
        assertThat(quarter[1]).isCloseTo(Math.pow(full[1], 0.25), within(1e-9 * full[1]));
        assertThat(quarter[0]).isCloseTo(Math.pow(full[0], 0.25), within(1e-9 * full[0]));
    }

    private double[] balanceFactors(Path photos, double power) {
        TrainingConfig balanced = new TrainingConfig(List.of(style("mosaic"), style("udnie")), photos, dir.resolve("bal" + power), "multi",
            Architecture.COMPACT, Conditioning.INSTANCE_NORM, GatysSettings.defaultsFor(vgg).weights(), 1, 2, 160, 256, 1e-3, 1, 100, 0,
            null, List.of(), power);
        try (RealtimeTrainer trainer = new RealtimeTrainer(balanced, vgg, null)) {
            return trainer.styleBalance();
        }
    }

    @Test
    void onlyConditionalInstanceNormModelsTakeANewStyle() {
        TrainingConfig addition = addingUdnie(Conditioning.CONCAT, 1);
        assertThatThrownBy(() -> new RealtimeTrainer(addition, vgg, null).close())
            .hasMessageContaining("adding a style needs a model with conditional instance norm");
    }
}
