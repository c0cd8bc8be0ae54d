package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;

/** Gram matrices of feature maps, the statistic that carries style (Gatys et al. 2015). */
public final class Gram {
    private Gram() {
    }

    /**
     * N x C x H x W features to N x C x C Gram matrices, divided by H*W so that the same style weight
     * works at any image size (the Gram becomes a mean over positions, not a sum).
     */
    public static NDArray of(NDArray features) {
        Shape s = features.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long positions = s.get(2) * s.get(3);
        try (NDArray flat = features.reshape(n, c, positions);
             NDArray transposed = flat.transpose(0, 2, 1);
             NDArray gram = flat.batchMatMul(transposed)) {
            return Scalars.div(gram, positions);
        }
    }
}
