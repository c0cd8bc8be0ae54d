package dev.easel.stylize;

import dev.easel.InvalidSettingException;
import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stylization ranges, refused by the values' owners with the same messages front ends show. */
class StyleLimitsTest {
    private static final Picture PHOTO = Picture.blank(4, 4);

    @Test
    void aRequestRefusesAStrengthOutsideZeroToOne() {
        assertThatThrownBy(() -> request(1.5, 1.0)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("strength must be between 0 and 1, got 1.5")
            .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo(StyleLimits.STRENGTH);
        assertThatThrownBy(() -> request(Double.NaN, 1.0)).hasMessage("strength must be between 0 and 1, got NaN");
        assertThat(request(0, 1.0).strength()).isZero();
    }

    @Test
    void aRequestRefusesStyleWeightsThatAreAllZero() {
        assertThatThrownBy(() -> request(1, 0.0, 0.0)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("style weights must not all be zero");
        assertThat(request(1, 0.0, 2.0).styles()).hasSize(2);
    }

    @Test
    void aStyleRefusesANegativeOrInfiniteWeight() {
        assertThatThrownBy(() -> new StyleInput(PHOTO, "a", -1)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("style weights must be finite numbers >= 0, got -1.0");
        assertThatThrownBy(() -> new StyleInput(PHOTO, "a", Double.POSITIVE_INFINITY))
            .hasMessage("style weights must be finite numbers >= 0, got Infinity");
    }

    @Test
    void coarseToFineRefusesMoreScalesThanItHas() {
        assertThatThrownBy(() -> new CoarseToFine(null, StyleLimits.MAX_SCALES + 1)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("coarse-to-fine scales must be between 1 and 4, got 5");
        assertThatThrownBy(() -> StyleLimits.scales(0)).hasMessage("coarse-to-fine scales must be between 1 and 4, got 0");
    }

    @Test
    void frontEndsCheckTheirFieldsWithTheSameRules() {
        assertThat(StyleLimits.weights(List.of(0.0, 1.0))).containsExactly(0, 1);
        assertThatThrownBy(() -> StyleLimits.weights(List.of())).hasMessage("style weights must not all be zero");
        assertThatThrownBy(() -> StyleLimits.weights(List.of(1.0, Double.NaN)))
            .hasMessage("style weights must be finite numbers >= 0, got NaN");
    }

    private static StyleRequest request(double strength, double... weights) {
        List<StyleInput> styles = java.util.Arrays.stream(weights).mapToObj(w -> new StyleInput(PHOTO, "s", w)).toList();
        return new StyleRequest(PHOTO, styles, 0, ColorPreservation.NONE, strength);
    }
}
