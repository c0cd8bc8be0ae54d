package dev.easel.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.loss.Gram;

import java.util.Map;

/**
 * Per-crop style weights for networks trained on many paintings (Yanai's network, the style-swap decoder): each
 * crop's style loss is divided by its photo's own Gram distance from its painting, so what is trained is the share
 * of that distance that remains, and paintings close to photos (udnie-like) pull as hard as bold ones (mosaic-like).
 */
final class RelativeStyle {
    /** Photos' Gram distance from the paintings is 1e9..1e10 here; a floor keeps near-photo paintings from dominating. */
    static final double MIN_DISTANCE = 1e9;

    private RelativeStyle() {
    }

    /**
     * Each crop's factor (N x 1 x 1): one over the photo's weighted Gram distance from its painting, floored at
     * {@link #MIN_DISTANCE}.
     *
     * @param styleLayers    the style layers and their weights, as the loss has them
     * @param photoFeatures  the photos' features at the style layers
     * @param paintingGrams  the paintings' Grams (N x C x C) under the style layers' names (level 0 of the pyramid)
     */
    static NDArray cropWeights(NDManager m, Map<String, Double> styleLayers, int n, Map<String, NDArray> photoFeatures,
                               Map<String, NDArray> paintingGrams) {
        double[] distance = new double[n];
        for (Map.Entry<String, Double> layer : styleLayers.entrySet()) {
            try (NDArray photoGram = Gram.of(photoFeatures.get(layer.getKey()));
                 NDArray diff = photoGram.sub(paintingGrams.get(layer.getKey()));
                 NDArray squared = diff.square();
                 NDArray flat = squared.reshape(n, -1);
                 NDArray perCrop = flat.mean(new int[] {1})) {
                float[] d = perCrop.toFloatArray();
                for (int i = 0; i < n; i++) {
                    distance[i] += layer.getValue() * d[i];
                }
            }
        }
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) (1.0 / Math.max(MIN_DISTANCE, distance[i]));
        }
        try (NDArray javaBacked = m.create(w, new Shape(n, 1, 1))) {
            return javaBacked.duplicate();
        }
    }
}
