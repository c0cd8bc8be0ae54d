package dev.easel.nets;

import ai.djl.ndarray.NDArray;
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
        NDArray padded = pad > 0 ? BorderPad.reflect(x, pad) : x;
        try {
            return convolve(padded, weight, bias, stride, groups);
        } finally {
            if (padded != x) {
                padded.close();
            }
        }
    }

    /**
     * {@code conv(upsample2(x), weight, bias, 1, 1)} for a 3x3 kernel, computed at the resolution of {@code x}
     * with 4/9 of the multiplications (see {@link UpsampledConv}).
     */
    public static NDArray upsampleConv(NDArray x, NDArray weight, NDArray bias) {
        return UpsampledConv.apply(x, weight, bias);
    }

    /** The convolution of an already padded input. */
    static NDArray convolve(NDArray padded, NDArray weight, NDArray bias, int stride, int groups) {
        if (groups == 1 && needsWidePass(padded, weight)) {
            return wideConv(padded, weight, bias, stride);
        }
        return Conv2d.conv2d(padded, weight, bias, new Shape(stride, stride), new Shape(0, 0), new Shape(1, 1), groups)
            .singletonOrThrow();
    }

    /**
     * Whether a convolution whose input or weight requires gradients has an output-channel count that is not a multiple of
     * {@value #CHANNEL_BLOCK}. On AVX-512 processors libtorch 2.7.1's backward pass to the input of such a
     * convolution is wrong (measured on a Zen 5: whole kernel taps missing, different from run to run, NaN
     * at times; forward and weight gradients are right). The 3-channel output layers of the style networks
     * are such convolutions, so training went NaN. Inference (no array requires gradients) keeps the cheap layer.
     */
    static boolean needsWidePass(NDArray x, NDArray weight) {
        long out = weight.getShape().get(0);
        return out % CHANNEL_BLOCK != 0 && (x.hasGradient() || weight.hasGradient());
    }

    private static final int CHANNEL_BLOCK = 16;

    /** The convolution with zero filters appended up to a whole channel block, cut back to its own outputs. */
    private static NDArray wideConv(NDArray x, NDArray weight, NDArray bias, int stride) {
        Shape ws = weight.getShape();
        long out = ws.get(0);
        long wide = (out + CHANNEL_BLOCK - 1) / CHANNEL_BLOCK * CHANNEL_BLOCK;
        NDManager m = x.getManager();
        try (NDArray zeros = m.zeros(new Shape(wide - out, ws.get(1), ws.get(2), ws.get(3)), weight.getDataType());
             NDArray wideWeight = weight.concat(zeros, 0);
             NDArray zeroBias = bias == null ? null : m.zeros(new Shape(wide - out), bias.getDataType());
             NDArray wideBias = bias == null ? null : bias.concat(zeroBias, 0);
             NDArray y = Conv2d.conv2d(x, wideWeight, wideBias, new Shape(stride, stride), new Shape(0, 0), new Shape(1, 1), 1)
                 .singletonOrThrow()) {
            return y.get(":, :" + out);
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

    /** Reflection-pads the bottom and right so both sides are multiples of {@code m}. */
    static NDArray padToMultiple(NDArray x, int m) {
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        long ph = (m - h % m) % m;
        long pw = (m - w % m) % m;
        NDArray out = x;
        if (ph > 0) {
            out = appendMirror(out, ":, :, " + (h - ph - 1) + ":" + (h - 1) + ", :", 2, false);
        }
        if (pw > 0) {
            out = appendMirror(out, ":, :, :, " + (w - pw - 1) + ":" + (w - 1), 3, out != x);
        }
        return out;
    }

    private static NDArray appendMirror(NDArray x, String slice, int axis, boolean closeInput) {
        try (NDArray part = x.get(slice); NDArray mirrored = part.flip(axis)) {
            return x.concat(mirrored, axis);
        } finally {
            if (closeInput) {
                x.close();
            }
        }
    }
}
