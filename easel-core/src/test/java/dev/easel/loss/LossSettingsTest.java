package dev.easel.loss;

import dev.easel.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LossSettingsTest {
    /** Eight layers, not in name order: an unordered copy (Map.copyOf) almost never keeps this order. */
    private static final List<String> ORDER = List.of("relu3_1", "relu1_1", "relu4_1", "relu2_1", "relu5_1",
        "relu1_2", "relu3_2", "relu2_2");

    private static Map<String, Double> ordered() {
        Map<String, Double> layers = new LinkedHashMap<>();
        for (String layer : ORDER) {
            layers.put(layer, 1.0);
        }
        return layers;
    }

    @Test
    void styleLayersKeepTheOrderTheyWereGivenIn() {
        // the style terms are summed in this order; another order rounds differently
        LossSettings weights = new LossSettings("relu3_2", ordered(), 1, 1, 0);
        assertThat(weights.styleLayers().keySet()).containsExactlyElementsOf(ORDER);
        assertThat(weights.withWeights(2, 3, 4).styleLayers().keySet()).containsExactlyElementsOf(ORDER);
        assertThat(weights.withStylePyramid(StylePyramid.SINGLE).styleLayers().keySet()).containsExactlyElementsOf(ORDER);
    }

    @Test
    void eachWeightMustBeAFiniteNumberOfZeroOrMore() {
        assertThatThrownBy(() -> new LossSettings("relu3_2", ordered(), -1, 1, 0)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("content weight must be a finite number >= 0, got -1.0");
        assertThatThrownBy(() -> new LossSettings("relu3_2", ordered(), 1, Double.NaN, 0))
            .hasMessage("style weight must be a finite number >= 0, got NaN");
        assertThatThrownBy(() -> LossSettings.checkWeights(1, 1, Double.POSITIVE_INFINITY))
            .hasMessage("total variation weight must be a finite number >= 0, got Infinity");
        assertThat(new LossSettings("relu3_2", ordered(), 0, 0, 0).styleWeight()).isZero();
    }

    @Test
    void aStylePyramidNamesTheSettingItRefuses() {
        assertThatThrownBy(() -> new StylePyramid(5)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("style pyramid levels must be between 1 and 4, got 5")
            .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo(StylePyramid.LEVELS);
        assertThatThrownBy(() -> new StylePyramid(2, 0)).hasMessage("style pyramid falloff must be above 0 and at most 1, got 0.0")
            .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo(StylePyramid.FALLOFF);
    }

    @Test
    void styleLayersAreACopyThatCannotChange() {
        Map<String, Double> layers = ordered();
        LossSettings weights = new LossSettings("relu3_2", layers, 1, 1, 0);
        layers.remove("relu1_1");
        assertThat(weights.styleLayers()).hasSize(ORDER.size());
        assertThatThrownBy(() -> weights.styleLayers().put("relu9_9", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
