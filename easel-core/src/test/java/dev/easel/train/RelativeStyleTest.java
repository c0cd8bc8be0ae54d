package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Engines;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelativeStyleTest {
    /**
     * One channel of constant value a over H x W positions has the 1 x 1 Gram a^2; against a painting Gram of 0 the
     * squared distance is a^4. Two layers weigh 1 and 0.5.
     */
    @Test
    void eachCropWeighsOneOverItsPhotosWeightedGramDistanceWithAFloor() {
        try (NDManager m = Engines.manager()) {
            float big = 300; // a^4 = 8.1e9, above the floor
            float small = 100; // a^4 = 1e8, below it
            NDArray photos = m.create(new float[] {big, big, big, big, small, small, small, small}, new Shape(2, 1, 2, 2));
            NDArray paintingGrams = m.zeros(new Shape(2, 1, 1));
            Map<String, Double> layers = new LinkedHashMap<>();
            layers.put("a", 1.0);
            layers.put("b", 0.5);
            NDArray w = RelativeStyle.cropWeights(m, layers, 2, Map.of("a", photos, "b", photos), Map.of("a", paintingGrams, "b", paintingGrams));
            assertThat(w.getShape()).isEqualTo(new Shape(2, 1, 1));
            float[] got = w.toFloatArray();
            assertThat((double) got[0]).isCloseTo(1 / (1.5 * Math.pow(big, 4)), within(1e-15));
            assertThat((double) got[1]).isCloseTo(1 / RelativeStyle.MIN_DISTANCE, within(1e-15));
        }
    }
}
