package dev.easel.bench.quality;

/**
 * How far a network's output moved from the photo towards the painting, as a share of how far Gatys'
 * optimization of the same photo moved, both measured by the style loss against the painting.
 * <p>
 * The log-share compares the logarithms: the style loss falls by orders of magnitude as an optimization
 * proceeds, so the linear share saturates. A network that removes 95% of the photo's loss where Gatys
 * removes 99% has a linear share of 96%, yet its loss is 5 times Gatys'; its log-share is ln 20 / ln 100 = 0.65.
 */
final class LogShare {
    private LogShare() {
    }

    /**
     * ln(photo / network) / ln(photo / gatys): 1 as far as Gatys, 0 the photo, 0.5 at their geometric
     * mean, above 1 beyond Gatys and below 0 further from the painting than the photo. NaN where a loss is
     * not positive and finite or where Gatys did not lower the loss (no scale to measure against).
     */
    static double of(double photo, double network, double gatys) {
        if (!usable(photo, network, gatys)) {
            return Double.NaN;
        }
        return Math.log(photo / network) / Math.log(photo / gatys);
    }

    /** (photo - network) / (photo - gatys), the bench's earlier measure; NaN where {@link #of} is. */
    static double linear(double photo, double network, double gatys) {
        if (!usable(photo, network, gatys)) {
            return Double.NaN;
        }
        return (photo - network) / (photo - gatys);
    }

    private static boolean usable(double photo, double network, double gatys) {
        return positive(photo) && positive(network) && positive(gatys) && gatys < photo;
    }

    private static boolean positive(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
