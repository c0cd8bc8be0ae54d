package dev.easel.bench.quality;

/**
 * One (model, painting, photo) result of {@code bench quality}: the losses of the photo itself, of the
 * network's output and of Gatys' output against the painting ({@link ScaledLosses#NONE} without Gatys), and
 * whether the output was identified among the paintings (null where there is only one).
 */
record QualityRow(String model, String style, String photo, ScaledLosses photoLoss, ScaledLosses network, ScaledLosses gatys,
                  double networkMs, Boolean identified) {
    /** Log-share at scale index {@code scale} (0: x1, 1: x1/2, 2: x1/4); NaN without Gatys. */
    double logShare(int scale) {
        return LogShare.of(photoLoss.style(scale), network.style(scale), gatys.style(scale));
    }

    /** The linear share of Gatys' x1 style-loss reduction. */
    double linearShare() {
        return LogShare.linear(photoLoss.styleFull(), network.styleFull(), gatys.styleFull());
    }

    /** Network's content loss over Gatys': above 1 the network strays further from the photo's content. */
    double contentRatio() {
        return gatys.content() > 0 ? network.content() / gatys.content() : Double.NaN;
    }

    /** How much of the photo's structure the network's picture keeps, blind to colour ({@link EdgeAgreement}). */
    double edges() {
        return network.edges();
    }

    /** The same for Gatys' picture: NaN where only its losses were reused. */
    double gatysEdges() {
        return gatys.edges();
    }

    /** The share of the photo's own x1 style loss the network removes (needs no Gatys). */
    double reduction() {
        return 1 - network.styleFull() / photoLoss.styleFull();
    }
}
