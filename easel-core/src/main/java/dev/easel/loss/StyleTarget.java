package dev.easel.loss;

import ai.djl.ndarray.NDArray;

import java.util.Map;

/**
 * The Gram matrices (1 x C x C per style layer, or N x C x C: one per image of a batch) a stylized image
 * should have. Blending several styles mixes their Grams with the blend weights, which interpolates the
 * style statistics.
 *
 * @param grams       per style layer
 * @param cropWeights null, or N x 1 x 1 factors on each image's style loss (a multi-style batch scores
 *                    each crop against its own style, with that style's balance factor)
 */
public record StyleTarget(Map<String, NDArray> grams, NDArray cropWeights) {
    public StyleTarget(Map<String, NDArray> grams) {
        this(grams, null);
    }
}
