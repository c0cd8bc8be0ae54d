package dev.easel.loss;

import ai.djl.ndarray.NDArray;

import java.util.Map;

/**
 * The Gram matrices (1 x C x C per style layer) a stylized image should have. Blending several styles
 * mixes their Grams with the blend weights, which interpolates the style statistics.
 */
public record StyleTarget(Map<String, NDArray> grams) {
}
