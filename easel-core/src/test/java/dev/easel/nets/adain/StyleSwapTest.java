package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.easel.testing.EngineTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StyleSwapTest extends EngineTest {
    private NDArray random(long seed, int c, int h, int w) {
        Random r = new Random(seed);
        float[] data = new float[c * h * w];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) Math.abs(r.nextGaussian()); // non-negative, as relu features are
        }
        return m.create(data, new Shape(1, c, h, w));
    }

    @Test
    void featuresSwappedWithThemselvesComeBackInside() {
        // every inner 3x3 patch correlates best with itself, so its centre is its own
        NDArray features = random(1, 8, 9, 11);
        try (StyleSwap swap = StyleSwap.of(features, 10_000); NDArray out = swap.apply(features)) {
            assertThat(swap.patches()).isEqualTo(7 * 9);
            NDArray inner = out.get(new NDIndex(":, :, 1:8, 1:10"));
            assertThat(inner.toFloatArray()).containsExactly(features.get(new NDIndex(":, :, 1:8, 1:10")).toFloatArray());
        }
    }

    @Test
    void everyPositionTakesOneOfThePaintingsFeatureVectors() {
        NDArray painting = random(2, 4, 6, 6);
        NDArray photo = random(3, 4, 10, 7);
        Set<List<Float>> paintingVectors = vectors(painting);
        try (StyleSwap swap = StyleSwap.of(painting, 10_000); NDArray out = swap.apply(photo)) {
            assertThat(out.getShape()).isEqualTo(photo.getShape());
            assertThat(paintingVectors).containsAll(vectors(out));
        }
    }

    @Test
    void bandsOfRowsGiveTheSameResultAsOnePass() {
        NDArray painting = random(4, 4, 8, 8);
        NDArray photo = random(5, 4, 13, 9);
        try (StyleSwap swap = StyleSwap.of(painting, 10_000);
             NDArray whole = swap.apply(photo, Long.MAX_VALUE);
             NDArray banded = swap.apply(photo, swap.patches() * 9 * 2)) { // two rows a band
            assertThat(banded.toFloatArray()).containsExactly(whole.toFloatArray());
        }
    }

    @Test
    void largePaintingsKeepAtMostTheGivenPatches() {
        try (StyleSwap swap = StyleSwap.of(random(6, 2, 40, 30), 100)) {
            assertThat(swap.patches()).isBetween(1L, 100L);
        }
        assertThatThrownBy(() -> StyleSwap.of(random(7, 2, 2, 5), 100)).hasMessageContaining("at least 3 x 3");
    }

    @Test
    void aGuideChannelDecidesBetweenPatchesTheFeaturesCannotTellApart() {
        // painting: left half (1, 0), right half (0.8, 0.6); a photo of (1, 0) matches the left by its features alone
        NDArray painting = m.create(new float[] {1, 1, 1, .8f, .8f, .8f, 1, 1, 1, .8f, .8f, .8f, 1, 1, 1, .8f, .8f, .8f,
            0, 0, 0, .6f, .6f, .6f, 0, 0, 0, .6f, .6f, .6f, 0, 0, 0, .6f, .6f, .6f}, new Shape(1, 2, 3, 6));
        NDArray photo = m.ones(new Shape(1, 2, 3, 3)).mul(m.create(new float[] {1, 0}, new Shape(1, 2, 1, 1)));
        try (StyleSwap plain = StyleSwap.of(painting, 10_000); NDArray out = plain.apply(photo)) {
            assertThat(vectors(out)).containsExactly(List.of(1f, 0f));
        }
        // the painting's right half is light (guide 5), the photo is light too: the guides' squared distance (0 against
        // 9 x 25) outweighs the features' correlation (2.4 against 3), so the right half's patch wins
        NDArray paintingGuide = m.create(new float[] {0, 0, 0, 5, 5, 5, 0, 0, 0, 5, 5, 5, 0, 0, 0, 5, 5, 5}, new Shape(1, 1, 3, 6));
        NDArray photoGuide = m.full(new Shape(1, 1, 3, 3), 5f);
        try (StyleSwap guided = StyleSwap.of(painting, paintingGuide, 10_000); NDArray out = guided.apply(photo, photoGuide)) {
            assertThat(out.getShape()).as("the guide is matched, not returned").isEqualTo(photo.getShape());
            // the centre's patch lies inside the photo (the border's reaches into the zero padding)
            assertThat(out.get(new NDIndex("0, :, 1, 1")).toFloatArray()).containsExactly(.8f, .6f);
        }
    }

    /** The C-vectors at each position of 1 x C x H x W features. */
    private static Set<List<Float>> vectors(NDArray features) {
        Shape s = features.getShape();
        int c = (int) s.get(1);
        int positions = (int) (s.get(2) * s.get(3));
        float[] data = features.toFloatArray();
        Set<List<Float>> out = new HashSet<>();
        for (int p = 0; p < positions; p++) {
            Float[] v = new Float[c];
            for (int ch = 0; ch < c; ch++) {
                v[ch] = data[ch * positions + p];
            }
            out.add(List.of(v));
        }
        return out;
    }
}
