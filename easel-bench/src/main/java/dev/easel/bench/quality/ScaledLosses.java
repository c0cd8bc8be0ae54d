package dev.easel.bench.quality;

/**
 * One picture's scores against one photo and painting: the content loss at the picture's size, the style loss
 * at the {@link ScaledStyleLoss#DIVISORS} scales (x1, x1/2, x1/4) and the {@link EdgeAgreement} with the photo.
 * NaN where not measured.
 */
record ScaledLosses(double content, double styleFull, double styleHalf, double styleQuarter, double edges) {
    static final ScaledLosses NONE = new ScaledLosses(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Losses without the edge agreement (an earlier CSV's, or where the picture is not at hand). */
    ScaledLosses(double content, double styleFull, double styleHalf, double styleQuarter) {
        this(content, styleFull, styleHalf, styleQuarter, Double.NaN);
    }

    /** The style loss at scale index {@code scale} (0: x1, 1: x1/2, 2: x1/4). */
    double style(int scale) {
        return switch (scale) {
            case 0 -> styleFull;
            case 1 -> styleHalf;
            case 2 -> styleQuarter;
            default -> throw new IllegalArgumentException("no scale " + scale);
        };
    }

    /** Whether every loss was measured (an earlier CSV may hold only the x1 style loss). */
    boolean complete() {
        return Double.isFinite(content) && Double.isFinite(styleFull) && Double.isFinite(styleHalf) && Double.isFinite(styleQuarter);
    }
}
