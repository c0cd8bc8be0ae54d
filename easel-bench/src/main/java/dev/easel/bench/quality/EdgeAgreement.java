package dev.easel.bench.quality;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;

/**
 * How much of the photo's structure a picture keeps, blind to colour: the correlation of the gradient magnitudes
 * of the photo's and the picture's luminance, both shrunk to half size first so that brush texture finer than the
 * photo's shapes averages out. 1: edges where the photo has them and nowhere else; 0: no relation to the photo.
 * The content loss (VGG features) grows when a painting's palette moves the features even where every shape of
 * the photo is kept, so it cannot tell a recoloured photo from a lost one; this measure can.
 */
final class EdgeAgreement implements AutoCloseable {
    static final int DIVISOR = 2;

    /** A picture's edge map minus its mean, and the map's squared norm. */
    private record Edges(NDArray centred, double squaredNorm) {
    }

    private final NDManager manager = NDManager.newBaseManager();
    private final Edges photo;

    EdgeAgreement(Picture photo) {
        this.photo = edges(photo, manager);
    }

    /** The correlation of {@code picture}'s edges (the photo's size) with the photo's; NaN for a flat picture. */
    double of(Picture picture) {
        try (NDManager scope = manager.newSubManager()) {
            Edges edges = edges(picture, scope);
            // the picture's array first, so the product lives in the scope, not in the long-lived manager
            double cross = edges.centred().mul(photo.centred()).sum().getFloat();
            double norms = Math.sqrt(photo.squaredNorm() * edges.squaredNorm());
            return norms > 0 ? cross / norms : Double.NaN;
        }
    }

    /** Gradient magnitude of the half-size luminance, minus its mean, kept in {@code owner}; the rest is freed. */
    private Edges edges(Picture picture, NDManager owner) {
        try (NDManager scope = owner.newSubManager()) {
            Picture reduced = ScaledStyleLoss.reduce(picture, DIVISOR);
            NDArray luminance = Tensors.luminance(Tensors.fromPicture(scope, reduced)).reshape(reduced.height(), reduced.width());
            NDArray corner = luminance.get(":-1, :-1");
            NDArray dx = luminance.get(":-1, 1:").sub(corner);
            NDArray dy = luminance.get("1:, :-1").sub(corner);
            NDArray magnitude = dx.square().add(dy.square()).sqrt();
            NDArray centred = magnitude.sub(magnitude.mean());
            double squaredNorm = centred.square().sum().getFloat();
            centred.attach(owner);
            return new Edges(centred, squaredNorm);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
