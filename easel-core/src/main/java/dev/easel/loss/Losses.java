package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/** The elementary losses; all are means, so their scale does not depend on image or batch size. */
public final class Losses {
    private Losses() {
    }

    /** Mean squared difference; the content loss on features and the style loss on Gram matrices. */
    public static NDArray meanSquaredError(NDArray a, NDArray b) {
        return a.sub(b).square().mean();
    }

    /**
     * Total variation: mean squared difference between horizontal and vertical neighbours of an
     * N x C x H x W image. Penalises high-frequency noise.
     */
    public static NDArray totalVariation(NDArray image) {
        NDArray dy = image.get(new NDIndex(":, :, 1:, :")).sub(image.get(new NDIndex(":, :, :-1, :")));
        NDArray dx = image.get(new NDIndex(":, :, :, 1:")).sub(image.get(new NDIndex(":, :, :, :-1")));
        return dy.square().mean().add(dx.square().mean());
    }
}
