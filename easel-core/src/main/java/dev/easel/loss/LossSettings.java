package dev.easel.loss;

import dev.easel.SettingChecks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The perceptual loss's settings: which VGG layers carry content and style, how much each term counts, and
 * at which scales the style is compared.
 *
 * @param contentLayer  layer whose activations must match the photo
 * @param styleLayers   layer → relative weight of its Gram loss
 * @param contentWeight weight of the content term
 * @param styleWeight   weight of the style term (applied on top of the per-layer weights)
 * @param tvWeight      weight of total variation
 * @param stylePyramid  the scales at which the style loss is taken (each scale's terms weigh the same)
 */
public record LossSettings(String contentLayer, Map<String, Double> styleLayers, double contentWeight,
                          double styleWeight, double tvWeight, StylePyramid stylePyramid) {
    /** The weights' names in an {@link dev.easel.InvalidSettingException}. */
    public static final String CONTENT_WEIGHT = "content weight";
    public static final String STYLE_WEIGHT = "style weight";
    public static final String TV_WEIGHT = "total variation weight";

    /** The classic single-scale style loss. */
    public LossSettings(String contentLayer, Map<String, Double> styleLayers, double contentWeight, double styleWeight,
                       double tvWeight) {
        this(contentLayer, styleLayers, contentWeight, styleWeight, tvWeight, StylePyramid.SINGLE);
    }

    public LossSettings {
        // kept in the caller's order: the style terms are summed in it, and float sums depend on their order
        // (Map.copyOf would iterate in an order that changes from one JVM run to the next)
        styleLayers = Collections.unmodifiableMap(new LinkedHashMap<>(styleLayers));
        checkWeights(contentWeight, styleWeight, tvWeight);
        if (stylePyramid == null) {
            throw new IllegalArgumentException("a style pyramid is needed (StylePyramid.SINGLE for the classic loss)");
        }
        if (styleLayers.isEmpty()) {
            throw new IllegalArgumentException("at least one style layer is needed");
        }
    }

    /** Each weight a finite number >= 0; front ends call this on their fields before any work. */
    public static void checkWeights(double content, double style, double tv) {
        SettingChecks.nonNegative(CONTENT_WEIGHT, content);
        SettingChecks.nonNegative(STYLE_WEIGHT, style);
        SettingChecks.nonNegative(TV_WEIGHT, tv);
    }

    public LossSettings withWeights(double content, double style, double tv) {
        return new LossSettings(contentLayer, styleLayers, content, style, tv, stylePyramid);
    }

    public LossSettings withStylePyramid(StylePyramid pyramid) {
        return new LossSettings(contentLayer, styleLayers, contentWeight, styleWeight, tvWeight, pyramid);
    }
}
