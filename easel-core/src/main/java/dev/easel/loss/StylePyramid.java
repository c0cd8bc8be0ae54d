package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import dev.easel.InvalidSettingException;
import dev.easel.SettingChecks;

/**
 * The scales at which the style loss is taken: the picture (and the painting) as they are, and reduced by
 * area averaging to 1/2, 1/4, ... Each reduction shows VGG's fixed receptive fields structures twice as large,
 * so the Gram matrices of the reduced picture carry the painting's strokes, shapes and colour layout
 * rather than its fine texture; each coarser scale costs a quarter of the one before.
 *
 * <p>The coarse scales' Gram losses are several times larger than the fine scale's (a network's x1/4 loss is
 * about ten times its x1 loss), so with equal weights they take over the gradient and the fine texture suffers.
 * {@code falloff} weighs each coarser scale relative to the one before: 0.25 matches the quarter of the pixels
 * that each coarser scale has.
 *
 * @param levels  1 = the picture as is (the classic loss); 3 = as is, 1/2 and 1/4
 * @param falloff the weight of each scale relative to the next finer one (1 = all weigh the same)
 */
public record StylePyramid(int levels, double falloff) {
    public static final StylePyramid SINGLE = new StylePyramid(1);
    public static final int MAX_LEVELS = 4;
    /** The settings' names in an {@link InvalidSettingException}. */
    public static final String LEVELS = "style pyramid levels";
    public static final String FALLOFF = "style pyramid falloff";

    /** Every scale weighs the same. */
    public StylePyramid(int levels) {
        this(levels, 1.0);
    }

    public StylePyramid {
        SettingChecks.between(LEVELS, levels, 1, MAX_LEVELS);
        if (!(falloff > 0 && falloff <= 1)) {
            throw new InvalidSettingException(FALLOFF, "must be above 0 and at most 1, got " + falloff);
        }
    }

    /** The weight of level {@code i}'s terms: falloff^i. */
    public double weight(int level) {
        return Math.pow(falloff, level);
    }

    /** A short description for settings keys and model cards: "3" or "3 falloff 0.25". */
    public String describe() {
        return falloff == 1.0 ? String.valueOf(levels) : levels + " falloff " + falloff;
    }

    /** The reduction of level {@code i}: 1, 2, 4, ... */
    public int divisor(int level) {
        return 1 << level;
    }

    /** The key of a layer's Gram target at a level: the layer's own name at full scale, as before pyramids. */
    static String key(String layer, int level) {
        return level == 0 ? layer : layer + "/" + (1 << level);
    }

    /** {@code image} (N x 3 x H x W) averaged over divisor x divisor blocks (a new array; the input at level 0). */
    public static NDArray reduce(NDArray image, int divisor) {
        if (divisor == 1) {
            return image;
        }
        Shape k = new Shape(divisor, divisor);
        // ceil mode keeps a partial block at odd edges rather than dropping the last rows and columns
        return Pool.avgPool2d(image, k, k, new Shape(0, 0), true, false);
    }
}
