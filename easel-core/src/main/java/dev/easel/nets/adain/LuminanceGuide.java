package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import dev.easel.engine.Tensors;

/**
 * Luminance as an extra channel for style swap's matching. VGG features barely tell a clear sky from a
 * flat shadow, so without it a photo's light, flat regions often took the painting's dark, flat patches
 * (a black sky). With it, patches are matched on shape and on light, as Image Analogies matches on
 * luminance: the photo's luminance is first remapped to the painting's mean and deviation, then both are
 * scaled so that a patch whose light is one deviation off scores {@link #WEIGHT} times the painting's mean
 * feature norm lower (style swap subtracts the guides' squared distance from the features' correlation). Where
 * the photo's features are strong their correlation decides; where they are weak, as in a flat sky, light does.
 *
 * @param photoMean  the whole photo's mean luminance (shared by every tile)
 * @param photoStd   the whole photo's luminance deviation
 * @param styleMean  the painting's mean luminance
 * @param styleStd   the painting's luminance deviation
 * @param scale      guide units per luminance unit
 */
public record LuminanceGuide(float photoMean, float photoStd, float styleMean, float styleStd, float scale) {
    /**
     * The cost of light one deviation off, in painting feature norms: 0.1 lit every dark sky tried and kept the
     * strokes; 0.3 and 1 gave the same skies with a little less of the painting's detail (docs/arbitrary.md).
     */
    public static final float WEIGHT = 0.1f;
    private static final float FLOOR = 1e-4f;

    public LuminanceGuide {
        if (!(photoStd > 0) || !(styleStd > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("luminance deviations and scale must be positive");
        }
    }

    /**
     * The guide for a photo and a painting, from their luminance at the feature grid ({@link #luminance}) and
     * the painting's features.
     */
    public static LuminanceGuide of(NDArray photoLuminance, NDArray paintingLuminance, NDArray paintingFeatures) {
        float[] photo = meanAndStd(photoLuminance);
        float[] style = meanAndStd(paintingLuminance);
        try (NDArray squared = paintingFeatures.square();
             NDArray perPosition = squared.sum(new int[] {1});
             NDArray meanSquare = perPosition.mean()) {
            float rmsNorm = (float) Math.sqrt(meanSquare.getFloat());
            // 9 taps of (k x difference)^2 = WEIGHT x rmsNorm x (difference / deviation)^2 per tap on average
            return new LuminanceGuide(photo[0], photo[1], style[0], style[1], (float) Math.sqrt(WEIGHT * rmsNorm / 9) / style[1]);
        }
    }

    /**
     * Area-averaged luminance (Rec. 601) of a 1 x 3 x H x W image on the grid of its features, which the encoder
     * pooled by {@code factor} (rounding down, as the encoder's pooling does).
     */
    public static NDArray luminance(NDArray image, int factor) {
        try (NDArray y = Tensors.luminance(image)) {
            return Pool.avgPool2d(y, new Shape(factor, factor), new Shape(factor, factor), new Shape(0, 0), false, true);
        }
    }

    /**
     * The painting's guide channel, centred on its mean: the matching's zero padding then reads as average light,
     * not as black, at the picture's border.
     */
    public NDArray painting(NDArray paintingLuminance) {
        try (NDArray centred = paintingLuminance.sub(styleMean)) {
            return centred.mul(scale);
        }
    }

    /** The photo's guide channel: its luminance remapped to the painting's mean and deviation, centred as the painting's. */
    public NDArray photo(NDArray photoLuminance) {
        try (NDArray centred = photoLuminance.sub(photoMean)) {
            return centred.mul(styleStd / photoStd * scale);
        }
    }

    private static float[] meanAndStd(NDArray luminance) {
        try (NDArray mean = luminance.mean();
             NDArray centred = luminance.sub(mean);
             NDArray squared = centred.square();
             NDArray variance = squared.mean()) {
            return new float[] {mean.getFloat(), Math.max(FLOOR, (float) Math.sqrt(variance.getFloat()))};
        }
    }
}
