package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import dev.easel.engine.Scalars;
import dev.easel.vgg.FeatureNetwork;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Content + style + total-variation loss on VGG features: the objective of Gatys' optimization and of
 * every feed-forward network's training. Images are N x 3 x H x W, RGB 0..255.
 */
public final class PerceptualLoss {
    private final FeatureNetwork network;
    private final LossSettings weights;
    private final Set<String> layers = new LinkedHashSet<>();

    public PerceptualLoss(FeatureNetwork network, LossSettings weights) {
        this.network = network;
        this.weights = weights;
        layers.add(weights.contentLayer());
        layers.addAll(weights.styleLayers().keySet());
        network.requireLayers(layers);
    }

    public LossSettings weights() {
        return weights;
    }

    public FeatureNetwork network() {
        return network;
    }

    /** Features of the content layer; computed outside autograd, so they are constants. */
    public NDArray contentTarget(NDArray content) {
        return network.features(content, List.of(weights.contentLayer())).get(weights.contentLayer());
    }

    /**
     * Blended Gram targets of one or more style images (each 1 x 3 x H x W, any size). Blend weights are
     * normalised to sum to 1.
     */
    public StyleTarget styleTarget(List<NDArray> styles, List<Double> blend) {
        if (styles.isEmpty() || styles.size() != blend.size()) {
            throw new IllegalArgumentException("need one blend weight per style image");
        }
        double sum = blend.stream().mapToDouble(Double::doubleValue).sum();
        Map<String, NDArray> grams = new HashMap<>();
        for (int i = 0; i < styles.size(); i++) {
            NDArray style = styles.get(i);
            Map<String, NDArray> fine = network.features(style, weights.styleLayers().keySet());
            for (Map.Entry<String, NDArray> e : pyramidGrams(style, fine).entrySet()) {
                try (NDArray g = e.getValue()) {
                    grams.merge(e.getKey(), g.mul(blend.get(i) / sum), NDArray::add);
                }
            }
            fine.values().forEach(NDArray::close);
        }
        return new StyleTarget(grams);
    }

    /**
     * Each image's own Grams (N x C x C) at every scale of the style pyramid, under the keys {@link #evaluate} reads.
     *
     * @param images N x 3 x H x W
     * @param fine   the images' features at the style layers, already computed (level 0 is taken from them)
     */
    public Map<String, NDArray> pyramidGrams(NDArray images, Map<String, NDArray> fine) {
        Map<String, NDArray> grams = new LinkedHashMap<>();
        StylePyramid pyramid = weights.stylePyramid();
        for (int level = 0; level < pyramid.levels(); level++) {
            try (NDArray reduced = level == 0 ? null : StylePyramid.reduce(images, pyramid.divisor(level))) {
                Map<String, NDArray> features = level == 0 ? fine : network.features(reduced, weights.styleLayers().keySet());
                for (String layer : weights.styleLayers().keySet()) {
                    grams.put(StylePyramid.key(layer, level), Gram.of(features.get(layer)));
                }
                if (level > 0) {
                    features.values().forEach(NDArray::close);
                }
            }
        }
        return grams;
    }

    /**
     * The weighted terms for {@code image}. {@code contentTarget} may be null (content weight ignored).
     * Style Grams broadcast over the batch.
     */
    public LossTerms evaluate(NDArray image, NDArray contentTarget, StyleTarget style) {
        Map<String, NDArray> features = network.features(image, layers);
        NDArray content = Scalars.of(image, 0);
        if (contentTarget != null && weights.contentWeight() > 0) {
            content = Scalars.mul(Losses.meanSquaredError(features.get(weights.contentLayer()), contentTarget),
                weights.contentWeight());
        }
        NDArray styleLoss = Scalars.of(image, 0);
        StylePyramid pyramid = weights.stylePyramid();
        for (int level = 0; level < pyramid.levels(); level++) {
            Map<String, NDArray> scaled = level == 0 ? features
                : network.features(StylePyramid.reduce(image, pyramid.divisor(level)), weights.styleLayers().keySet());
            for (Map.Entry<String, Double> layer : weights.styleLayers().entrySet()) {
                NDArray gram = Gram.of(scaled.get(layer.getKey()));
                NDArray target = style.grams().get(StylePyramid.key(layer.getKey(), level));
                NDArray term = style.cropWeights() == null ? Losses.meanSquaredError(gram, target)
                    : Losses.weightedMeanSquaredError(gram, target, style.cropWeights());
                styleLoss = styleLoss.add(Scalars.mul(term, layer.getValue() * pyramid.weight(level)));
            }
            if (level > 0) {
                scaled.values().forEach(NDArray::close);
            }
        }
        styleLoss = Scalars.mul(styleLoss, weights.styleWeight());
        NDArray tv = Scalars.mul(Losses.totalVariation(image), weights.tvWeight());
        // Release the activations before backward: autograd holds what it needs and frees it as it goes.
        features.values().forEach(NDArray::close);
        return new LossTerms(content, styleLoss, tv, content.add(styleLoss).add(tv));
    }
}
