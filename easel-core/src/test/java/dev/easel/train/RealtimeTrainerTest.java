package dev.easel.train;

import ai.djl.ndarray.NDArray;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.loss.LossValues;
import dev.easel.nets.Architecture;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealtimeTrainerTest {
    @SharedVgg
    private static FeatureNetwork vgg;

    @TempDir
    Path dir;

    private TrainingConfig config(Path data, Path output, int steps) {
        return config(data, output, steps, 2e-3);
    }

    private TrainingConfig config(Path data, Path output, int steps, double learningRate) {
        return TrainingConfig.single(TestData.shared().resolve("images/style/mosaic.jpg"), data, output, "test",
            Architecture.COMPACT, GatysSettings.defaultsFor(vgg).weights(), steps, 2, 32, 64, learningRate, 7, 3, 0);
    }

    /** A few small photos written into the temp folder (the shared evaluation photos are never trained on). */
    private Path tinyData() {
        Path data = dir.resolve("data");
        for (String name : List.of("bsds300_100075.jpg", "bsds300_100080.jpg", "bsds300_100098.jpg")) {
            Picture p = TestData.image("train/" + name, 64);
            ImageWriter.write(p, data.resolve(name.replace(".jpg", ".png")), false);
        }
        return data;
    }

    @Test
    void trainingLowersThePerceptualLoss() {
        Path data = tinyData();
        List<Double> totals = new ArrayList<>();
        try (RealtimeTrainer trainer = new RealtimeTrainer(config(data, dir.resolve("run"), 50, 1e-2), vgg, null)) {
            trainer.train((step, total, loss, seconds) -> totals.add(loss.total()));
        }
        double first = mean(totals.subList(0, 5));
        double last = mean(totals.subList(45, 50));
        System.out.printf("perceptual loss, first 5 steps %.4g, last 5 steps %.4g (%.2fx)%n", first, last, first / last);
        assertThat(last).as("mean loss of the last 5 steps vs the first 5").isLessThan(first / 5);
    }

    @Test
    void interruptedThenResumedRunMatchesAnUninterruptedOne() {
        Path data = tinyData();
        float[] straight;
        try (RealtimeTrainer trainer = new RealtimeTrainer(config(data, dir.resolve("straight"), 6), vgg, null)) {
            trainer.train((step, total, loss, seconds) -> true);
            straight = trainer.params().get("out.weight").toFloatArray();
        }
        Path resumed = dir.resolve("resumed");
        try (RealtimeTrainer trainer = new RealtimeTrainer(config(data, resumed, 6), vgg, null)) {
            // stop after step 4 (between checkpoints: the stop itself must checkpoint)
            trainer.train((step, total, loss, seconds) -> step < 4);
            assertThat(trainer.step()).isEqualTo(4);
        }
        try (RealtimeTrainer trainer = new RealtimeTrainer(config(data, resumed, 6), vgg, null)) {
            assertThat(trainer.step()).isEqualTo(4);
            trainer.train((step, total, loss, seconds) -> true);
            assertThat(trainer.step()).isEqualTo(6);
            assertThat(trainer.params().get("out.weight").toFloatArray()).containsExactly(straight);
        }
        // a resume with other settings would silently mix two runs: refused
        assertThatThrownBy(() -> new RealtimeTrainer(config(data, resumed, 9), vgg, null))
            .isInstanceOf(dev.easel.EaselException.class).hasMessageContaining("other settings").hasMessageContaining("steps=9");
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
