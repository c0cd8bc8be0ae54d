package dev.easel.train;

import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.models.ModelFile;
import dev.easel.nets.Architecture;
import dev.easel.nets.Conditioning;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

    private TrainingConfig startingFrom(Path model, Path data, Path output, int steps) {
        return new TrainingConfig(List.of(TestData.shared().resolve("images/style/mosaic.jpg")), data, output, "test",
            Architecture.COMPACT, Conditioning.NONE, GatysSettings.defaultsFor(vgg).weights(), steps, 2, 32, 64, 2e-3, 7, 3, 0,
            null, List.of(model), 0);
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
        TrainingChecks.lossFalls(new RealtimeTrainer(config(data, dir.resolve("run"), 50, 1e-2), vgg, null), "perceptual loss", 5);
    }

    @Test
    void aRunWhoseCheckpointIsLostContinuesFromItsSavedModel() {
        Path data = tinyData();
        Path model = dir.resolve("saved/test.json");
        try (RealtimeTrainer first = new RealtimeTrainer(config(data, dir.resolve("first"), 6), vgg, null)) {
            first.train((step, total, loss, seconds) -> step < 3);
            ModelFile.save(model, first.modelCard("test"), first.params());
        }
        Path output = dir.resolve("continued");
        int[] stepsRun = {0};
        try (RealtimeTrainer next = new RealtimeTrainer(startingFrom(model, data, output, 6), vgg, null)) {
            next.continueFrom(3, 10.0);
            assertThat(next.step()).isEqualTo(3);
            float[] before = next.params().get("out.weight").toFloatArray();
            next.train((step, total, loss, seconds) -> ++stepsRun[0] < 1);
            float[] after = next.params().get("out.weight").toFloatArray();
            // Adam starts afresh, bias-corrected: its first step moves each weight by the rate at step 3 of the
            // cosine schedule, 2e-3 * (0.1 + 0.45 * (1 + cos(pi / 2))) (a moment counter at step 4 would move it 0.58 as far)
            double largest = 0;
            for (int i = 0; i < before.length; i++) {
                largest = Math.max(largest, Math.abs(after[i] - before[i]));
            }
            assertThat(largest).isCloseTo(1.1e-3, within(1e-5));
        }
        // the start model shaped only the first step, so a resume need not name it again
        try (RealtimeTrainer withoutStart = new RealtimeTrainer(config(data, output, 6), vgg, null)) {
            assertThat(withoutStart.step()).isEqualTo(4);
        }
        try (RealtimeTrainer resumed = new RealtimeTrainer(startingFrom(model, data, output, 6), vgg, null)) {
            assertThat(resumed.step()).isEqualTo(4);
            resumed.train((step, total, loss, seconds) -> ++stepsRun[0] < 10);
            assertThat(stepsRun[0]).isEqualTo(3);
            assertThat(resumed.trainingSeconds()).isGreaterThan(10.0);
        }
        try (RealtimeTrainer done = new RealtimeTrainer(startingFrom(model, data, dir.resolve("again"), 3), vgg, null)) {
            assertThatThrownBy(() -> done.continueFrom(3, 0)).hasMessageContaining("nothing left to continue");
        }
    }

    @Test
    void interruptedThenResumedRunMatchesAnUninterruptedOne() {
        Path data = tinyData();
        TrainingChecks.resumeIsExact(dir, (output, steps) -> new RealtimeTrainer(config(data, output, steps), vgg, null), "out.weight");
    }
}
