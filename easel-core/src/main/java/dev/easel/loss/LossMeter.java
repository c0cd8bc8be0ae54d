package dev.easel.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.easel.engine.Tensors;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.vgg.FeatureNetwork;

import java.util.List;

/**
 * Scores finished pictures of one photo and style by the perceptual loss's terms, so that results of
 * different methods (an optimized image, a network's output) are compared by one definition.
 */
public final class LossMeter implements AutoCloseable {
    private final PerceptualLoss loss;
    private final NDManager manager;
    private final NDArray contentTarget;
    private final StyleTarget styleTarget;
    private final int width;
    private final int height;

    /**
     * @param photo     the content photo at the size results will have
     * @param styleSide the long side the style image is resized to for its Gram targets
     */
    public LossMeter(FeatureNetwork network, LossSettings weights, Picture photo, Picture style, int styleSide) {
        this.loss = new PerceptualLoss(network, weights);
        this.manager = network.newManager();
        this.width = photo.width();
        this.height = photo.height();
        this.contentTarget = loss.contentTarget(Tensors.fromPicture(manager, photo));
        this.styleTarget = loss.styleTarget(List.of(Tensors.fromPicture(manager, Resizer.fitLongSide(style, styleSide))),
            List.of(1.0));
    }

    /** The weighted loss terms of {@code picture}, which must have the photo's size. */
    public LossValues score(Picture picture) {
        if (picture.width() != width || picture.height() != height) {
            throw new IllegalArgumentException("picture is " + picture.width() + "x" + picture.height()
                + ", the photo " + width + "x" + height);
        }
        try (NDManager m = manager.newSubManager()) {
            return loss.evaluate(Tensors.fromPicture(m, picture), contentTarget, styleTarget).values();
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
