package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import dev.easel.engine.Scalars;

/**
 * Adaptive instance normalization (Huang & Belongie 2017): content features with each channel's mean and
 * standard deviation replaced by the style's, {@code std_s * (x - mean_c) / std_c + mean_s}. Safe inside
 * autograd (no {@code Number} overloads), so training differentiates through it.
 */
public final class AdaIN {
    private AdaIN() {
    }

    /** AdaIN with the content's own statistics. */
    public static NDArray apply(NDArray content, FeatureStats style) {
        FeatureStats own = FeatureStats.of(content);
        try {
            return apply(content, own, style);
        } finally {
            own.mean().close();
            own.std().close();
        }
    }

    /**
     * AdaIN normalizing with given content statistics: tiled inference passes the whole image's, so every
     * tile is normalized alike (as RealtimeModel does with NormStatistics).
     */
    public static NDArray apply(NDArray content, FeatureStats contentStats, FeatureStats style) {
        try (NDArray centered = content.sub(contentStats.mean());
             NDArray normalized = centered.div(contentStats.std());
             NDArray scaled = normalized.mul(style.std())) {
            return scaled.add(style.mean());
        }
    }

    /**
     * The strength blend in feature space, {@code alpha * adain + (1 - alpha) * content}: 0 keeps the
     * content features, 1 the full transfer.
     */
    public static NDArray blend(NDArray adain, NDArray content, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("strength must be between 0 and 1, got " + alpha);
        }
        if (alpha == 1) {
            return adain.duplicate();
        }
        try (NDArray difference = adain.sub(content); NDArray a = Scalars.of(content, alpha);
             NDArray step = difference.mul(a)) {
            return content.add(step);
        }
    }
}
