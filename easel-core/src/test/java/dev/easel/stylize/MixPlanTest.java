package dev.easel.stylize;

import dev.easel.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MixPlanTest {
    @Test
    void weightsAreNormalisedToSumToOne() {
        float[] w = MixPlan.uniform(new double[] {2, 5, 3}).weights();
        assertThat(w[0]).isCloseTo(0.2f, within(1e-6f));
        assertThat(w[1]).isCloseTo(0.5f, within(1e-6f));
        assertThat(w[2]).isCloseTo(0.3f, within(1e-6f));
    }

    @Test
    void badWeightsGiveClearErrors() {
        assertThatThrownBy(() -> MixPlan.uniform(new double[] {0.5, -0.1}))
            .isInstanceOf(InvalidSettingException.class).hasMessage("style weights must be finite numbers >= 0, got -0.1");
        assertThatThrownBy(() -> MixPlan.uniform(new double[] {0, 0}))
            .isInstanceOf(InvalidSettingException.class).hasMessage("style weights must not all be zero");
        assertThatThrownBy(() -> MixPlan.uniform(new double[] {1, Double.NaN}))
            .isInstanceOf(InvalidSettingException.class).hasMessageContaining("NaN");
    }

    @Test
    void masksAreNormalisedPerPixelAndUncoveredPixelsFallBackToTheWeights() {
        int w = 8;
        int h = 4;
        float[][] masks = {new float[w * h], new float[w * h]};
        masks[0][0] = 1f;   // pixel (0, 0): style 0's mask only
        masks[0][1] = 0.5f; // pixel (1, 0): both masks half
        masks[1][1] = 0.5f;
        MixPlan plan = MixPlan.masked(new double[] {1, 3}, masks, w, h);
        try (ai.djl.ndarray.NDManager m = dev.easel.engine.Engines.manager()) {
            float[] maps = plan.window(m, 0, 0, w, h).at(0).toFloatArray();
            int style1 = w * h;
            assertThat(maps[0]).isEqualTo(1f);
            assertThat(maps[style1]).isEqualTo(0f);
            assertThat(maps[1]).isEqualTo(0.25f); // weights 1 and 3 under equal masks
            assertThat(maps[style1 + 1]).isEqualTo(0.75f);
            assertThat(maps[2]).isEqualTo(0.25f); // no mask covers it: the plain weights
            assertThat(maps[style1 + 2]).isEqualTo(0.75f);
        }
    }
}
