package dev.easel.stylize.gatys;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.loss.LossSettings;
import dev.easel.loss.PerceptualLoss;
import dev.easel.loss.StyleTarget;
import dev.easel.optim.Evaluation;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GatysObjectiveTest {
    @SharedVgg
    private static FeatureNetwork network;

    private static GatysObjective objective(NDManager m, Picture content, Runnable beforeBackward) {
        PerceptualLoss loss = new PerceptualLoss(network,
            new LossSettings("relu3_2", Map.of("relu1_1", 1.0, "relu2_1", 1.0, "relu3_1", 1.0), 1.0, 1e-3, 1e-2));
        NDArray contentTarget = loss.contentTarget(Tensors.fromPicture(m, content));
        StyleTarget style = loss.styleTarget(List.of(Tensors.fromPicture(m, TestData.starryNight(40))), List.of(1.0));
        return new GatysObjective(loss, contentTarget, style, new Shape(1, 3, content.height(), content.width()), beforeBackward);
    }

    @Test
    void gradientMatchesCentralFiniteDifferences() {
        Picture content = TestData.tubingen(32);
        try (NDManager m = network.newManager()) {
            GatysObjective f = objective(m, content, () -> { });
            Picture start = TestData.image("content/golden_gate.jpg", 32);
            NDArray x = Tensors.fromPicture(m, Resizer.resize(start, content.width(), content.height())).reshape(-1);
            Evaluation e = f.evaluate(x);
            Random random = new Random(3);
            for (int trial = 0; trial < 3; trial++) {
                float[] dir = new float[(int) x.size()];
                for (int i = 0; i < dir.length; i++) {
                    dir[i] = (float) random.nextGaussian();
                }
                NDArray d = m.create(dir).duplicate();
                double analytic = e.gradient().dot(d).getFloat();
                double eps = 0.005; // small: ReLU and max-pool kinks make larger steps disagree by design
                double plus = f.evaluate(x.add(d.mul(eps))).value();
                double minus = f.evaluate(x.sub(d.mul(eps))).value();
                double numeric = (plus - minus) / (2 * eps);
                assertThat(analytic).as("directional derivative %d", trial)
                    .isCloseTo(numeric, within(Math.abs(numeric) * 0.01));
            }
        }
    }

    @Test
    void garbageCollectionBetweenForwardAndBackwardLeavesTheGradientBitIdentical() {
        // DJL 0.36 frees Number-overload scalars that autograd still needs; a GC before backward exposed it.
        Picture content = TestData.tubingen(40);
        try (NDManager m = network.newManager()) {
            NDArray x = Tensors.fromPicture(m, content).reshape(-1);
            float[] plain = objective(m, content, () -> { }).evaluate(x).gradient().toFloatArray();
            for (int run = 0; run < 3; run++) {
                float[] withGc = objective(m, content, GatysObjectiveTest::churnAndCollect).evaluate(x).gradient().toFloatArray();
                assertThat(withGc).containsExactly(plain);
            }
        }
    }

    @Test
    void tiledEvaluationEqualsTheWholeImage() {
        // 100x76 is not a multiple of the tile size or the strides: edge tiles are ragged
        Picture content = Resizer.resize(TestData.tubingen(100), 100, 76);
        try (NDManager m = network.newManager()) {
            GatysObjective whole = objective(m, content, () -> { });
            PerceptualLoss loss = new PerceptualLoss(network,
                new LossSettings("relu3_2", Map.of("relu1_1", 1.0, "relu2_1", 1.0, "relu3_1", 1.0), 1.0, 1e-3, 1e-2));
            StyleTarget style = loss.styleTarget(List.of(Tensors.fromPicture(m, TestData.starryNight(40))), List.of(1.0));
            try (TiledGatysObjective tiled = new TiledGatysObjective(network, loss.weights(), Tensors.fromPicture(m, content),
                style, 32, () -> { })) {
                assertThat(tiled.tileCount()).isEqualTo(12);
                NDArray x = Tensors.fromPicture(m, Resizer.resize(TestData.image("content/golden_gate.jpg", 100), 100, 76)).reshape(-1);
                Evaluation a = whole.evaluate(x);
                Evaluation b = tiled.evaluate(x);
                assertThat(b.loss().content()).isCloseTo(a.loss().content(), within(a.loss().content() * 1e-4));
                assertThat(b.loss().style()).isCloseTo(a.loss().style(), within(a.loss().style() * 1e-4));
                assertThat(b.loss().tv()).isCloseTo(a.loss().tv(), within(a.loss().tv() * 1e-4));
                float scale = a.gradient().abs().max().getFloat();
                float worst = a.gradient().sub(b.gradient()).abs().max().getFloat();
                assertThat(worst / scale).as("largest gradient difference, relative").isLessThan(1e-3f);
            }
        }
    }

    static void churnAndCollect() {
        for (int i = 0; i < 50; i++) {
            java.nio.ByteBuffer.allocateDirect(1 << 16);
        }
        System.gc();
    }
}
