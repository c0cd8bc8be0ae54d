package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * Style swap (Chen and Schmidt 2016, "Fast patch-based style transfer of arbitrary style"): every 3x3 patch of
 * the photo's features is replaced by the painting's patch it correlates with best, so the decoder receives the
 * painting's own local structures (its strokes and their edges), not only their statistics as AdaIN gives.
 * Each position takes the centre of its best patch. The matching is one convolution with the painting's
 * normalized patches as filters and an arg-max over them.
 *
 * <p>The painting's patches are taken with the smallest stride that keeps them at most {@code maxPatches}, and
 * the photo's rows are matched in bands, so memory stays bounded for any picture. Inference only.
 */
public final class StyleSwap implements AutoCloseable {
    /** Scores held at once: patches x positions of one band (256 MB of floats). */
    static final long MAX_SCORES = 64L << 20;

    private final NDArray filters;
    /** Minus each patch's squared guide norm (null without a guide): completes the guide's squared distance. */
    private final NDArray bias;
    private final NDArray centres;

    private StyleSwap(NDArray filters, NDArray bias, NDArray centres) {
        this.filters = filters;
        this.bias = bias;
        this.centres = centres;
    }

    /**
     * The patch bank of a painting's features (1 x C x H x W, at least 3 x 3), owned by their manager.
     *
     * @param maxPatches the most patches kept (the matching costs patches x positions x 9C)
     */
    public static StyleSwap of(NDArray style, int maxPatches) {
        return of(style, null, maxPatches);
    }

    /**
     * The patch bank of a painting's features matched together with {@code guide} (1 x G x H x W extra channels,
     * such as {@link LuminanceGuide}'s, or null). A photo patch's score for a painting patch is then the features'
     * normalized correlation minus the squared distance of the guides, so the guide decides where the features
     * are weak (flat regions) and barely matters where they are strong. The swapped features are the painting's alone.
     */
    public static StyleSwap of(NDArray features, NDArray guide, int maxPatches) {
        long featureChannels = features.getShape().get(1);
        if (guide == null) {
            return bank(features, featureChannels, maxPatches);
        }
        try (NDArray style = NDArrays.concat(new NDList(features, guide), 1)) {
            return bank(style, featureChannels, maxPatches);
        }
    }

    private static StyleSwap bank(NDArray style, long featureChannels, int maxPatches) {
        Shape s = style.getShape();
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        if (s.get(0) != 1 || h < 3 || w < 3) {
            throw new IllegalArgumentException("style swap needs one painting's features of at least 3 x 3, got " + s);
        }
        int stride = 1;
        while (((h - 3) / stride + 1) * ((w - 3) / stride + 1) > maxPatches) {
            stride++;
        }
        long rows = (h - 3) / stride + 1;
        long cols = (w - 3) / stride + 1;
        long n = rows * cols;
        NDList taps = new NDList(9);
        try {
            for (int dy = 0; dy < 3; dy++) {
                for (int dx = 0; dx < 3; dx++) {
                    try (NDArray tap = style.get(new NDIndex("0, :, {}:{}:{}, {}:{}:{}", dy, dy + (rows - 1) * stride + 1, stride,
                        dx, dx + (cols - 1) * stride + 1, stride))) {
                        taps.add(tap.reshape(c, n));
                    }
                }
            }
            try (NDArray stacked = NDArrays.stack(taps, 1); // C x 9 x n
                 NDArray byPatch = stacked.transpose(2, 0, 1);
                 NDArray patches = byPatch.reshape(n, c, 3, 3);
                 NDArray features = patches.get(new NDIndex(":, 0:{}", featureChannels));
                 NDArray flat = features.reshape(n, featureChannels * 9);
                 NDArray norms = flat.norm(new int[] {1});
                 NDArray safe = norms.add(1e-8f);
                 NDArray shaped = safe.reshape(n, 1, 1, 1);
                 NDArray normalized = features.div(shaped);
                 NDArray featureCentres = taps.get(4).get(new NDIndex("0:{}", featureChannels))) {
                // the centre tap (dy = dx = 1) is the 5th of the stack; its first channels are the features
                NDArray centres = featureCentres.duplicate();
                if (c == featureChannels) {
                    return new StyleSwap(normalized.duplicate(), null, centres);
                }
                // -|g - h|^2 = 2 g.h - |h|^2 - |g|^2: the last term is the same for every patch, so it is left out
                try (NDArray guide = patches.get(new NDIndex(":, {}:", featureChannels));
                     NDArray doubled = guide.mul(2f);
                     NDArray squared = guide.square();
                     NDArray sums = squared.sum(new int[] {1, 2, 3})) {
                    return new StyleSwap(NDArrays.concat(new NDList(normalized, doubled), 1), sums.neg(), centres);
                }
            }
        } finally {
            taps.close();
        }
    }

    public long patches() {
        return filters.getShape().get(0);
    }

    /** The photo's features (1 x C x H x W) with each position swapped for its best patch's centre. */
    public NDArray apply(NDArray content) {
        return apply(content, MAX_SCORES);
    }

    /** The photo's features swapped, matched together with {@code guide} (the channels the bank was built with). */
    public NDArray apply(NDArray content, NDArray guide) {
        try (NDArray matched = NDArrays.concat(new NDList(content, guide), 1)) {
            return apply(matched, MAX_SCORES);
        }
    }

    /** {@link #apply(NDArray)} holding at most {@code maxScores} scores at once (at least one row's). */
    NDArray apply(NDArray content, long maxScores) {
        Shape s = content.getShape();
        long c = centres.getShape().get(0);
        long h = s.get(2);
        long w = s.get(3);
        long band = Math.max(1, Math.min(h, maxScores / (patches() * w)));
        NDList parts = new NDList();
        try {
            for (long y = 0; y < h; y += band) {
                long end = Math.min(h, y + band);
                parts.add(swapRows(content, y, end, c, w));
            }
            return parts.size() == 1 ? parts.get(0).duplicate() : NDArrays.concat(parts, 2);
        } finally {
            parts.close();
        }
    }

    /** Rows [from, to) swapped, matched with one row of the photo above and below for the 3x3 patches. */
    private NDArray swapRows(NDArray content, long from, long to, long c, long w) {
        long h = content.getShape().get(2);
        long top = Math.max(0, from - 1);
        long bottom = Math.min(h, to + 1);
        try (NDArray rows = content.get(new NDIndex(":, :, {}:{}", top, bottom));
             NDArray scores = Conv2d.conv2d(rows, filters, bias, new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), 1)
                 .singletonOrThrow();
             NDArray best = scores.argMax(1); // 1 x rows x W
             NDArray kept = best.get(new NDIndex(":, {}:{}", from - top, to - top));
             NDArray flat = kept.reshape(1, (to - from) * w);
             NDArray index = flat.broadcast(new Shape(c, (to - from) * w));
             NDArray longIndex = index.toType(DataType.INT64, false);
             NDArray swapped = centres.gather(longIndex, 1)) {
            return swapped.reshape(1, c, to - from, w);
        }
    }

    @Override
    public void close() {
        filters.close();
        centres.close();
        if (bias != null) {
            bias.close();
        }
    }
}
