package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * The elementary losses; all are means, so their scale does not depend on image or batch size.
 * Intermediates are closed at once (autograd keeps what backward needs) to keep peak memory low.
 */
public final class Losses {
    private Losses() {
    }

    /** Mean squared difference; the content loss on features and the style loss on Gram matrices. */
    public static NDArray meanSquaredError(NDArray a, NDArray b) {
        try (NDArray diff = a.sub(b); NDArray squared = diff.square()) {
            return squared.mean();
        }
    }

    /** Mean squared difference with each element scaled by {@code weights} (broadcast to the shape of a and b). */
    public static NDArray weightedMeanSquaredError(NDArray a, NDArray b, NDArray weights) {
        try (NDArray diff = a.sub(b); NDArray squared = diff.square(); NDArray weighted = squared.mul(weights)) {
            return weighted.mean();
        }
    }

    /**
     * Total variation: mean squared difference between horizontal and vertical neighbours of an
     * N x C x H x W image. Penalises high-frequency noise.
     */
    public static NDArray totalVariation(NDArray image) {
        try (NDArray dy = difference(image, ":, :, 1:, :", ":, :, :-1, :");
             NDArray dx = difference(image, ":, :, :, 1:", ":, :, :, :-1");
             NDArray dy2 = dy.square();
             NDArray dx2 = dx.square();
             NDArray vertical = dy2.mean();
             NDArray horizontal = dx2.mean()) {
            return vertical.add(horizontal);
        }
    }

    private static NDArray difference(NDArray image, String from, String to) {
        try (NDArray a = image.get(new NDIndex(from)); NDArray b = image.get(new NDIndex(to))) {
            return a.sub(b);
        }
    }
}
