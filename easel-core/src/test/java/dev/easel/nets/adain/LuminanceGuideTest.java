package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.testing.EngineTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LuminanceGuideTest extends EngineTest {
    @Test
    void luminanceIsRec601AveragedOverEachPoolingCell() {
        // 1 x 3 x 2 x 4: left 2 x 2 cell pure red 100, right cell grey 50 and 150 alternating
        float[] r = {100, 100, 50, 150, 100, 100, 150, 50};
        float[] g = {0, 0, 50, 150, 0, 0, 150, 50};
        float[] b = {0, 0, 50, 150, 0, 0, 150, 50};
        float[] image = new float[24];
        System.arraycopy(r, 0, image, 0, 8);
        System.arraycopy(g, 0, image, 8, 8);
        System.arraycopy(b, 0, image, 16, 8);
        try (NDArray y = LuminanceGuide.luminance(m.create(image, new Shape(1, 3, 2, 4)), 2)) {
            assertThat(y.getShape()).isEqualTo(new Shape(1, 1, 1, 2));
            assertThat(y.toFloatArray()).containsExactly(new float[] {29.9f, 100f}, within(1e-3f));
        }
    }

    @Test
    void thePhotosLuminanceIsRemappedToThePaintingsMeanAndDeviation() {
        NDArray photo = m.create(new float[] {8, 12, 8, 12}, new Shape(1, 1, 2, 2)); // mean 10, deviation 2
        NDArray painting = m.create(new float[] {80, 120, 80, 120, 80, 120}, new Shape(1, 1, 2, 3)); // mean 100, deviation 20
        NDArray features = m.full(new Shape(1, 4, 2, 3), 3f); // norm 6 at every position
        LuminanceGuide guide = LuminanceGuide.of(photo, painting, features);
        // one deviation off on all 9 taps costs WEIGHT x the feature norm: 9 (k x 20)^2 = WEIGHT x 6
        assertThat(9 * Math.pow(guide.scale() * 20, 2)).isCloseTo(LuminanceGuide.WEIGHT * 6, within(1e-4));
        try (NDArray mapped = guide.photo(photo); NDArray own = guide.painting(painting)) {
            float k = guide.scale();
            assertThat(mapped.toFloatArray()).as("centred on the painting's mean")
                .containsExactly(new float[] {-20 * k, 20 * k, -20 * k, 20 * k}, within(1e-4f));
            assertThat(own.toFloatArray()).containsExactly(new float[] {-20 * k, 20 * k, -20 * k, 20 * k, -20 * k, 20 * k}, within(1e-4f));
        }
        assertThatThrownBy(() -> new LuminanceGuide(0, 0, 1, 1, 1)).hasMessageContaining("positive");
    }
}
