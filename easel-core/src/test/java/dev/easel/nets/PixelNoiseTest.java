package dev.easel.nets;

import ai.djl.ndarray.NDManager;
import dev.easel.engine.Engines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PixelNoiseTest {

    @Test
    void aWindowIsExactlyTheMatchingPartOfTheWholePicture() {
        try (NDManager m = Engines.manager()) {
            float[] whole = PixelNoise.window(m, new long[] {7}, 0, 0, 40, 30).toFloatArray();
            float[] window = PixelNoise.window(m, new long[] {7}, 13, 9, 10, 8).toFloatArray();
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 10; x++) {
                    assertThat(window[y * 10 + x]).isEqualTo(whole[(y + 9) * 40 + x + 13]);
                }
            }
        }
    }

    @Test
    void valuesAreUniformInMinusOneToOneAndSeedsDiffer() {
        int n = 200 * 200;
        double sum = 0;
        double sumSquares = 0;
        int same = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                float v = PixelNoise.value(1, x, y);
                assertThat(v).isBetween(-1f, 1f);
                sum += v;
                sumSquares += v * v;
                same += v == PixelNoise.value(2, x, y) ? 1 : 0;
            }
        }
        assertThat(sum / n).isCloseTo(0, within(0.01));
        assertThat(sumSquares / n).isCloseTo(1.0 / 3, within(0.01)); // the variance of U(-1, 1)
        assertThat(same).isLessThan(5);
    }
}
