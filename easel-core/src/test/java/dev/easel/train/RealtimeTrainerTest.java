package dev.easel.train;

import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.nets.Architecture;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

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
        TrainingChecks.lossFalls(new RealtimeTrainer(config(data, dir.resolve("run"), 50, 1e-2), vgg, null), "perceptual loss", 5);
    }

    @Test
    void interruptedThenResumedRunMatchesAnUninterruptedOne() {
        Path data = tinyData();
        TrainingChecks.resumeIsExact(dir, (output, steps) -> new RealtimeTrainer(config(data, output, steps), vgg, null), "out.weight");
    }
}
