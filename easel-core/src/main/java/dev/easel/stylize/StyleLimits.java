package dev.easel.stylize;

import dev.easel.SettingChecks;

import java.util.List;

/**
 * The ranges of what every stylization takes. The values' owners check them ({@link StyleRequest},
 * {@link StyleInput}, {@link CoarseToFine}), and front ends call the same checks on their fields before any
 * work, naming the field in the message: each rule is stated here only.
 *
 * @see dev.easel.InvalidSettingException
 */
public final class StyleLimits {
    public static final String STRENGTH = "strength";
    public static final String STYLE_WEIGHTS = "style weights";
    public static final String SCALES = "coarse-to-fine scales";
    /** Coarse-to-fine passes at most (the coarsest then paints at 1/8 of the output's size). */
    public static final int MAX_SCALES = 4;

    private StyleLimits() {
    }

    /** The blend between the photo (0) and the full stylization (1). */
    public static double strength(double strength) {
        return SettingChecks.fraction(STRENGTH, strength);
    }

    /** One style's blend weight. */
    public static double weight(double weight) {
        return SettingChecks.mixWeight(STYLE_WEIGHTS, weight);
    }

    /** The blend weights of a request's styles: each {@link #weight}, and not all zero (they are normalised). */
    public static double[] weights(double... weights) {
        return SettingChecks.mixWeights(STYLE_WEIGHTS, weights);
    }

    public static double[] weights(List<Double> weights) {
        return weights(weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** How many sizes a network paints at, coarse to fine (1: the output size only). */
    public static int scales(int scales) {
        return SettingChecks.between(SCALES, scales, 1, MAX_SCALES);
    }
}
