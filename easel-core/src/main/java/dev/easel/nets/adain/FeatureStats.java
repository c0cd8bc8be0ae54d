package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Scalars;

import java.util.List;

/**
 * Per-channel mean and standard deviation of N x C x H x W features, each N x C x 1 x 1: the statistics
 * AdaIN transfers and the arbitrary-style loss compares. Safe inside autograd (no {@code Number} overloads).
 */
public record FeatureStats(NDArray mean, NDArray std) {
    /** Added to the variance before the square root: keeps flat channels finite (Huang & Belongie use 1e-5). */
    public static final double EPSILON = 1e-5;

    /** The statistics of {@code features}, over each sample's and channel's spatial positions. */
    public static FeatureStats of(NDArray features) {
        Shape s = features.getShape();
        long n = s.get(0);
        long c = s.get(1);
        try (NDArray flat = features.reshape(n, c, -1);
             NDArray mean = flat.mean(new int[] {2}, true);
             NDArray centered = flat.sub(mean);
             NDArray squared = centered.square();
             NDArray variance = squared.mean(new int[] {2}, true);
             NDArray epsilon = Scalars.of(variance, EPSILON);
             NDArray padded = variance.add(epsilon);
             NDArray std = padded.sqrt()) {
            return new FeatureStats(mean.reshape(n, c, 1, 1), std.reshape(n, c, 1, 1));
        }
    }

    /**
     * The weighted average of several styles' statistics (weights normalised to sum 1), for mixing styles.
     * AdaIN's output is linear in the target mean and std, so this equals blending the AdaIN outputs.
     * Inference only (uses scalar overloads).
     */
    public static FeatureStats mix(List<FeatureStats> stats, double[] weights) {
        if (stats.size() != weights.length || stats.isEmpty()) {
            throw new IllegalArgumentException(stats.size() + " statistics but " + weights.length + " weights");
        }
        return new FeatureStats(average(stats.stream().map(FeatureStats::mean).toList(), weights),
            average(stats.stream().map(FeatureStats::std).toList(), weights));
    }

    /**
     * The weighted average of same-shaped arrays (weights normalised to sum 1), a new array: how several
     * paintings' statistics, or their style-swapped features, are mixed. Inference only (uses scalar overloads).
     */
    public static NDArray average(List<NDArray> arrays, double[] weights) {
        if (arrays.size() != weights.length || arrays.isEmpty()) {
            throw new IllegalArgumentException(arrays.size() + " arrays but " + weights.length + " weights");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("style weights must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("style weights must not all be zero");
        }
        NDArray total = null;
        for (int i = 0; i < weights.length; i++) {
            NDArray term = arrays.get(i).mul(weights[i] / sum);
            total = total == null ? term : accumulate(total, term);
        }
        return total;
    }

    private static NDArray accumulate(NDArray total, NDArray term) {
        try (total; term) {
            return total.add(term);
        }
    }
}
