package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Tensors;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The style loss at several scales: area-averaged reductions of picture and painting, each scored alike. */
class StylePyramidTest {
    @SharedVgg
    private static FeatureNetwork network;

    @Test
    void reductionAveragesBlocksAndKeepsOddEdges() {
        try (NDManager m = network.newManager()) {
            NDArray x = m.arange(0f, 15f).reshape(1, 1, 3, 5);
            NDArray half = StylePyramid.reduce(x, 2);
            assertThat(half.getShape()).isEqualTo(new Shape(1, 1, 2, 3));
            // rows 0-1, columns 0-1: (0 + 1 + 5 + 6) / 4; the last column and row average what is there
            assertThat(half.toFloatArray()).containsExactly(3f, 5f, 6.5f, 10.5f, 12.5f, 14f);
        }
    }

    @Test
    void eachLevelAddsTheSameLossAsTheReducedPicturesWouldHave() {
        Map<String, Double> layers = Map.of("relu1_1", 1.0, "relu2_1", 1.0);
        LossSettings single = new LossSettings("relu2_2", layers, 0, 1e-3, 0);
        PerceptualLoss one = new PerceptualLoss(network, single);
        PerceptualLoss three = new PerceptualLoss(network, single.withStylePyramid(new StylePyramid(3)));
        try (NDManager m = network.newManager()) {
            NDArray painting = Tensors.fromPicture(m, TestData.starryNight(128));
            NDArray image = Tensors.fromPicture(m, TestData.tubingen(128));
            StyleTarget target = three.styleTarget(List.of(painting), List.of(1.0));
            assertThat(target.grams()).containsKeys("relu1_1", "relu1_1/2", "relu1_1/4", "relu2_1/4");
            double pyramid = three.evaluate(image, null, target).values().style();
            double expected = 0;
            for (int divisor : new int[] {1, 2, 4}) {
                NDArray p = StylePyramid.reduce(painting, divisor);
                NDArray i = StylePyramid.reduce(image, divisor);
                expected += one.evaluate(i, null, one.styleTarget(List.of(p), List.of(1.0))).values().style();
            }
            assertThat(pyramid).isCloseTo(expected, within(expected * 1e-5));
            // the painting itself has no style loss at any scale
            assertThat(three.evaluate(painting, null, target).values().style()).isLessThan(pyramid * 1e-6);
        }
        assertThatThrownBy(() -> new StylePyramid(0)).hasMessageContaining("between 1 and 4");
    }

    @Test
    void falloffWeighsEachCoarserLevelByItsPower() {
        Map<String, Double> layers = Map.of("relu1_1", 1.0, "relu2_1", 1.0);
        LossSettings single = new LossSettings("relu2_2", layers, 0, 1e-3, 0);
        PerceptualLoss one = new PerceptualLoss(network, single);
        PerceptualLoss three = new PerceptualLoss(network, single.withStylePyramid(new StylePyramid(3, 0.25)));
        try (NDManager m = network.newManager()) {
            NDArray painting = Tensors.fromPicture(m, TestData.starryNight(128));
            NDArray image = Tensors.fromPicture(m, TestData.tubingen(128));
            double pyramid = three.evaluate(image, null, three.styleTarget(List.of(painting), List.of(1.0))).values().style();
            double expected = 0;
            double weight = 1;
            for (int divisor : new int[] {1, 2, 4}) {
                NDArray p = StylePyramid.reduce(painting, divisor);
                NDArray i = StylePyramid.reduce(image, divisor);
                expected += weight * one.evaluate(i, null, one.styleTarget(List.of(p), List.of(1.0))).values().style();
                weight *= 0.25;
            }
            assertThat(pyramid).isCloseTo(expected, within(expected * 1e-5));
        }
        assertThat(new StylePyramid(3, 0.25).describe()).isEqualTo("3 falloff 0.25");
        assertThat(new StylePyramid(3).describe()).isEqualTo("3");
        assertThatThrownBy(() -> new StylePyramid(3, 0)).hasMessageContaining("falloff");
        assertThatThrownBy(() -> new StylePyramid(3, 1.5)).hasMessageContaining("falloff");
    }
}
