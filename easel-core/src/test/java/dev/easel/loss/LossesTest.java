package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LossesTest {
    private static NDManager manager;

    @BeforeAll
    static void start() {
        manager = Engines.manager();
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    @Test
    void gramIsFeatureProductsAveragedOverPositions() {
        // 1 image, 2 channels, 1x2 positions: channel a = (1, 2), channel b = (3, 4)
        NDArray f = manager.create(new float[] {1, 2, 3, 4}, new Shape(1, 2, 1, 2));
        float[] g = Gram.of(f).toFloatArray();
        // aa = (1+4)/2, ab = (3+8)/2, bb = (9+16)/2
        assertThat(g).containsExactly(new float[] {2.5f, 5.5f, 5.5f, 12.5f}, within(1e-6f));
        assertThat(Gram.of(f).getShape()).isEqualTo(new Shape(1, 2, 2));
    }

    @Test
    void gramDoesNotDependOnImageSize() {
        // the same pattern tiled 4x has the same Gram: one style weight works at any size
        float[] small = {1, 2, 3, 4, 0, 1, -1, 2};
        float[] big = new float[32];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 16; i++) {
                big[c * 16 + i] = small[c * 4 + (i % 4)];
            }
        }
        NDArray a = manager.create(small, new Shape(1, 2, 2, 2));
        NDArray b = manager.create(big, new Shape(1, 2, 4, 4));
        assertThat(Gram.of(b).toFloatArray()).containsExactly(Gram.of(a).toFloatArray(), within(1e-5f));
    }

    @Test
    void meanSquaredErrorIsTheMeanOfSquaredDifferences() {
        NDArray a = manager.create(new float[] {1, 2, 3, 4});
        NDArray b = manager.create(new float[] {1, 0, 3, 7});
        // (0 + 4 + 0 + 9) / 4
        assertThat(Losses.meanSquaredError(a, b).getFloat()).isCloseTo(3.25f, within(1e-6f));
    }

    @Test
    void totalVariationAveragesSquaredNeighbourDifferences() {
        // 1x1x2x3 image: rows (0 1 3) and (2 2 2)
        NDArray img = manager.create(new float[] {0, 1, 3, 2, 2, 2}, new Shape(1, 1, 2, 3));
        // vertical diffs: 2, 1, -1 -> mean 2; horizontal: 1, 2, 0, 0 -> mean 5/4
        assertThat(Losses.totalVariation(img).getFloat()).isCloseTo(2f + 1.25f, within(1e-6f));
    }
}
