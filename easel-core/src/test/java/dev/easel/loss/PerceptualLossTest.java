package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerceptualLossTest {
    @SharedVgg
    private static FeatureNetwork network;

    @Test
    void termsAreTheWeightedElementaryLosses() {
        LossSettings weights = new LossSettings("relu2_2", Map.of("relu1_1", 2.0, "relu2_1", 0.5), 3.0, 1e-3, 0.1);
        PerceptualLoss loss = new PerceptualLoss(network, weights);
        try (NDManager m = network.newManager()) {
            NDArray photo = Tensors.fromPicture(m, TestData.tubingen(48));
            NDArray painting = Tensors.fromPicture(m, TestData.starryNight(40));
            NDArray image = Tensors.fromPicture(m, TestData.image("content/golden_gate.jpg", 48)).get("..., :36, :48");
            NDArray contentTarget = loss.contentTarget(photo.get("..., :36, :48"));
            StyleTarget style = loss.styleTarget(List.of(painting), List.of(1.0));
            LossValues v = loss.evaluate(image, contentTarget, style).values();

            Map<String, NDArray> f = network.features(image, List.of("relu1_1", "relu2_1", "relu2_2"));
            Map<String, NDArray> s = network.features(painting, List.of("relu1_1", "relu2_1"));
            double content = 3.0 * Losses.meanSquaredError(f.get("relu2_2"), contentTarget).getFloat();
            double styleTerm = 1e-3 * (2.0 * Losses.meanSquaredError(Gram.of(f.get("relu1_1")), Gram.of(s.get("relu1_1"))).getFloat()
                + 0.5 * Losses.meanSquaredError(Gram.of(f.get("relu2_1")), Gram.of(s.get("relu2_1"))).getFloat());
            double tv = 0.1 * Losses.totalVariation(image).getFloat();
            assertThat(v.content()).isCloseTo(content, within(content * 1e-5));
            assertThat(v.style()).isCloseTo(styleTerm, within(styleTerm * 1e-5));
            assertThat(v.tv()).isCloseTo(tv, within(tv * 1e-5));
            assertThat(v.total()).isCloseTo(content + styleTerm + tv, within((content + styleTerm + tv) * 1e-5));
        }
    }

    @Test
    void blendedStyleTargetIsTheWeightedMeanOfGrams() {
        LossSettings weights = new LossSettings("relu2_2", Map.of("relu1_1", 1.0), 1, 1, 0);
        PerceptualLoss loss = new PerceptualLoss(network, weights);
        try (NDManager m = network.newManager()) {
            NDArray a = Tensors.fromPicture(m, TestData.starryNight(32));
            NDArray b = Tensors.fromPicture(m, TestData.image("style/the_scream.jpg", 40));
            float[] ga = loss.styleTarget(List.of(a), List.of(1.0)).grams().get("relu1_1").toFloatArray();
            float[] gb = loss.styleTarget(List.of(b), List.of(1.0)).grams().get("relu1_1").toFloatArray();
            // weights 1 and 3 are normalised to 0.25 and 0.75
            float[] mixed = loss.styleTarget(List.of(a, b), List.of(1.0, 3.0)).grams().get("relu1_1").toFloatArray();
            for (int i = 0; i < mixed.length; i += 97) {
                assertThat(mixed[i]).isCloseTo(0.25f * ga[i] + 0.75f * gb[i], within(1e-3f * Math.abs(gb[i]) + 1e-3f));
            }
        }
    }
}
