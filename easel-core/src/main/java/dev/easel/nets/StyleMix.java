package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;

/**
 * The style weights a multi-style network paints with: one vector per batch item (the same everywhere in
 * the picture), or per-pixel maps for spatial mixing. Maps are held at the network's three resolutions
 * (full, 1/2, 1/4 of the input padded to a multiple of 4), each level the 2x2 average of the one above.
 */
public final class StyleMix {
    private final NDArray[] levels;
    private final int styles;

    private StyleMix(NDArray[] levels, int styles) {
        this.levels = levels;
        this.styles = styles;
    }

    /** {@code weights[b]} is batch item b's weight per style. */
    public static StyleMix uniform(NDManager manager, float[][] weights) {
        int styles = weights[0].length;
        float[] flat = new float[weights.length * styles];
        for (int b = 0; b < weights.length; b++) {
            if (weights[b].length != styles) {
                throw new IllegalArgumentException("every batch item needs " + styles + " style weights");
            }
            System.arraycopy(weights[b], 0, flat, b * styles, styles);
        }
        // an engine-owned copy: the blend's backward reads these weights, and an array made from Java data
        // points at a buffer the garbage collector may free before then (see engine.Scalars)
        NDArray w;
        try (NDArray javaBacked = manager.create(flat, new Shape(weights.length, styles, 1, 1))) {
            w = javaBacked.duplicate();
        }
        return new StyleMix(new NDArray[] {w, w, w}, styles);
    }

    /**
     * Weights computed by the engine (B x N), e.g. the style vectors of {@code nets.yanai}: gradients flow
     * back through the mix into whatever produced them.
     */
    public static StyleMix vectors(NDArray weights) {
        Shape s = weights.getShape();
        NDArray w = weights.reshape(s.get(0), s.get(1), 1, 1);
        return new StyleMix(new NDArray[] {w, w, w}, (int) s.get(1));
    }

    /** One style per batch item. */
    public static StyleMix oneHot(NDManager manager, int[] styleIndex, int styles) {
        float[][] weights = new float[styleIndex.length][styles];
        for (int b = 0; b < styleIndex.length; b++) {
            weights[b][styleIndex[b]] = 1f;
        }
        return uniform(manager, weights);
    }

    /** Per-pixel weights, B x N x H x W at the input's resolution (padded here as the network pads its input). */
    public static StyleMix spatial(NDArray maps) {
        maps = Ops.padToMultiple(maps, 4);
        Shape s = maps.getShape();
        NDArray half = Pool.avgPool2d(maps, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true);
        NDArray quarter = Pool.avgPool2d(half, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true);
        return new StyleMix(new NDArray[] {maps, half, quarter}, (int) s.get(1));
    }

    public int styles() {
        return styles;
    }

    boolean isSpatial() {
        return levels[0].getShape().get(2) > 1 || levels[0].getShape().get(3) > 1;
    }

    /** B x N x h x w (or B x N x 1 x 1) at level 0 (full), 1 (half) or 2 (quarter resolution). */
    public NDArray at(int level) {
        return levels[level];
    }

    /**
     * Blends per-style parameters ({@code perStyle}: N x C) by this mix: B x C x 1 x 1, or B x C x h x w for
     * spatial maps.
     */
    NDArray blend(NDArray perStyle, int level) {
        NDArray w = levels[level];
        Shape s = w.getShape();
        long c = perStyle.getShape().get(1);
        if (!isSpatial()) {
            return w.reshape(s.get(0), s.get(1)).matMul(perStyle).reshape(s.get(0), c, 1, 1);
        }
        return w.transpose(0, 2, 3, 1).matMul(perStyle).transpose(0, 3, 1, 2);
    }
}
