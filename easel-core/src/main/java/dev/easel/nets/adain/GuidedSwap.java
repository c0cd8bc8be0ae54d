package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;

/**
 * Style swap of one painting matched on its features and its luminance ({@link LuminanceGuide}): what the
 * swap decoder is trained on and what it decodes at inference, so both take it from here.
 */
public final class GuidedSwap implements AutoCloseable {
    private final StyleSwap bank;
    private final LuminanceGuide guide;
    private final int factor;

    private GuidedSwap(StyleSwap bank, LuminanceGuide guide, int factor) {
        this.bank = bank;
        this.guide = guide;
        this.factor = factor;
    }

    /**
     * The painting's patch bank.
     *
     * @param painting         the painting as the encoder saw it (1 x 3 x H x W)
     * @param paintingFeatures its encoder features
     * @param wholePhoto       the photo (or a copy of it every tile shares) whose luminance statistics the remap uses
     * @param factor           the encoder's pooling factor
     * @param maxPatches       the most patches kept
     */
    public static GuidedSwap of(NDArray painting, NDArray paintingFeatures, NDArray wholePhoto, int factor, int maxPatches) {
        try (NDArray paintingLuminance = LuminanceGuide.luminance(painting, factor);
             NDArray photoLuminance = LuminanceGuide.luminance(wholePhoto, factor)) {
            LuminanceGuide guide = LuminanceGuide.of(photoLuminance, paintingLuminance, paintingFeatures);
            try (NDArray channel = guide.painting(paintingLuminance)) {
                return new GuidedSwap(StyleSwap.of(paintingFeatures, channel, maxPatches), guide, factor);
            }
        }
    }

    /** {@code features} (of {@code photo}, 1 x 3 x H x W, or one tile of it) swapped for the painting's. */
    public NDArray apply(NDArray features, NDArray photo) {
        try (NDArray luminance = LuminanceGuide.luminance(photo, factor);
             NDArray channel = guide.photo(luminance)) {
            return bank.apply(features, channel);
        }
    }

    @Override
    public void close() {
        bank.close();
    }
}
