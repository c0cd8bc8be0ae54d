package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;

/**
 * The layers of the feed-forward style networks, as functions of their input and parameters. All are
 * single engine operations or compositions of them, and none uses DJL's {@code Number} overloads, so they
 * are safe inside autograd (see engine.Scalars).
 *
 * <p>Each closes its own temporaries as soon as they are used, as Python frees them when the last
 * reference drops: without that, a 1024 px pass kept every padded copy alive and peaked at 4 GB. Autograd
 * holds its own references to what backward needs, so closing changes no result.
 */
public final class Ops {
    private static final float NORM_EPSILON = 1e-5f;

    private Ops() {
    }

    /** Convolution with reflection padding (no dark borders); {@code groups} > 1 for depthwise. */
    public static NDArray conv(NDArray x, NDArray weight, NDArray bias, int stride, int groups) {
        int pad = (int) weight.getShape().get(2) / 2;
        NDArray padded = pad > 0 ? reflectPad(x, pad) : x;
        NDList y = Conv2d.conv2d(padded, weight, bias, new Shape(stride, stride), new Shape(0, 0), new Shape(1, 1), groups);
        if (padded != x) {
            padded.close();
        }
        return y.singletonOrThrow();
    }

    /** Mirrors {@code pad} rows and columns at each border, without repeating the edge. */
    public static NDArray reflectPad(NDArray x, int pad) {
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        NDArray rows;
        try (NDArray top = mirrored(x, ":, :, 1:" + (pad + 1) + ", :", 2);
             NDArray bottom = mirrored(x, ":, :, " + (h - pad - 1) + ":" + (h - 1) + ", :", 2)) {
            rows = NDArrays.concat(new NDList(top, x, bottom), 2);
        }
        try (NDArray left = mirrored(rows, ":, :, :, 1:" + (pad + 1), 3);
             NDArray right = mirrored(rows, ":, :, :, " + (w - pad - 1) + ":" + (w - 1), 3)) {
            return NDArrays.concat(new NDList(left, rows, right), 3);
        } finally {
            rows.close();
        }
    }

    private static NDArray mirrored(NDArray x, String slice, int axis) {
        try (NDArray part = x.get(slice)) {
            return part.flip(axis);
        }
    }

    /**
     * Instance normalization with a learned scale and shift per channel ({@code gamma}, {@code beta}: C).
     * Uses the engine's batch norm on an N*C-channel view: per-channel batch statistics of that view are
     * exactly per-instance statistics.
     */
    public static NDArray instanceNorm(NDArray x, NDArray gamma, NDArray beta) {
        Shape s = x.getShape();
        long n = s.get(0);
        long c = s.get(1);
        NDManager m = x.getManager();
        NDArray g = n == 1 ? gamma : gamma.tile(n);
        NDArray b = n == 1 ? beta : beta.tile(n);
        try (NDArray view = x.reshape(1, n * c, s.get(2), s.get(3));
             NDArray runningMean = m.zeros(new Shape(n * c));
             NDArray runningVar = m.ones(new Shape(n * c));
             NDArray y = BatchNorm.batchNorm(view, runningMean, runningVar, g, b, 1, 0.1f, NORM_EPSILON, true).singletonOrThrow()) {
            return y.reshape(s);
        } finally {
            if (n != 1) {
                g.close();
                b.close();
            }
        }
    }

    /** Instance normalization without scale and shift (conditional networks apply their own). */
    public static NDArray instanceNorm(NDArray x) {
        NDManager m = x.getManager();
        long c = x.getShape().get(1);
        try (NDArray ones = m.ones(new Shape(c)); NDArray zeros = m.zeros(new Shape(c))) {
            return instanceNorm(x, ones, zeros);
        }
    }

    /** {@link #instanceNorm(NDArray, NDArray, NDArray, NormStatistics, String)} without scale and shift. */
    public static NDArray instanceNorm(NDArray x, NormStatistics stats, String layer) {
        NDManager m = x.getManager();
        long c = x.getShape().get(1);
        try (NDArray ones = m.ones(new Shape(c)); NDArray zeros = m.zeros(new Shape(c))) {
            return instanceNorm(x, ones, zeros, stats, layer);
        }
    }

    /**
     * Instance normalization with statistics from {@code stats}: recorded from this input (batch of one)
     * when it is recording, else taken from what it recorded. Batch norm in inference mode with the
     * recorded mean and variance as running statistics is exactly that normalization.
     */
    public static NDArray instanceNorm(NDArray x, NDArray gamma, NDArray beta, NormStatistics stats, String layer) {
        if (stats.recording()) {
            long c = x.getShape().get(1);
            try (NDArray flat = x.reshape(c, -1);
                 NDArray column = flat.mean(new int[] {1}).reshape(c, 1);
                 NDArray centered = flat.sub(column);
                 NDArray squared = centered.square()) {
                stats.record(layer, column.reshape(c), squared.mean(new int[] {1}));
            }
        }
        NDArray[] mv = stats.get(layer);
        return BatchNorm.batchNorm(x, mv[0], mv[1], gamma, beta, 1, 0.1f, NORM_EPSILON, false).singletonOrThrow();
    }

    /** Nearest-neighbour 2x upsampling: no checkerboard artefacts, unlike transposed convolution. */
    public static NDArray upsample2(NDArray x) {
        Shape s = x.getShape();
        // the engine's nearest-neighbour interpolation (mode 0): one kernel, where broadcasting each value
        // to a 2x2 block was a slower strided copy
        return x.getNDArrayInternal().interpolation(new long[] {2 * s.get(2), 2 * s.get(3)}, 0, false);
    }

    public static NDArray relu(NDArray x) {
        return ai.djl.nn.Activation.relu(x);
    }
}
