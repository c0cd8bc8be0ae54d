package dev.easel.loss;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which VGG layers carry content and style, and how much each term counts.
 *
 * @param contentLayer  layer whose activations must match the photo
 * @param styleLayers   layer → relative weight of its Gram loss
 * @param contentWeight weight of the content term
 * @param styleWeight   weight of the style term (applied on top of the per-layer weights)
 * @param tvWeight      weight of total variation
 */
public record LossWeights(String contentLayer, Map<String, Double> styleLayers, double contentWeight,
                          double styleWeight, double tvWeight) {

    public LossWeights {
        styleLayers = Map.copyOf(new LinkedHashMap<>(styleLayers));
        if (contentWeight < 0 || styleWeight < 0 || tvWeight < 0) {
            throw new IllegalArgumentException("loss weights must be non-negative");
        }
        if (styleLayers.isEmpty()) {
            throw new IllegalArgumentException("at least one style layer is needed");
        }
    }

    public LossWeights withWeights(double content, double style, double tv) {
        return new LossWeights(contentLayer, styleLayers, content, style, tv);
    }
}
