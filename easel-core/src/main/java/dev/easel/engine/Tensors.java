package dev.easel.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.image.Picture;

/** Conversions between {@link Picture} and 1x3xHxW tensors. */
public final class Tensors {
    private Tensors() {
    }

    /**
     * A 1x3xHxW float tensor owned by the engine. The array made from Java data points at Java memory,
     * so it is duplicated once and the Java-backed one closed (rule 2 in djl-facts.md).
     */
    public static NDArray fromPicture(NDManager manager, Picture picture) {
        try (NDArray javaBacked = manager.create(picture.data(), new Shape(1, 3, picture.height(), picture.width()))) {
            return javaBacked.duplicate();
        }
    }

    /** Copies a 1x3xHxW (or 3xHxW) tensor back to a picture, values unclamped. */
    public static Picture toPicture(NDArray image) {
        Shape s = image.getShape();
        int h = (int) s.get(s.dimension() - 2);
        int w = (int) s.get(s.dimension() - 1);
        return new Picture(w, h, image.toFloatArray());
    }
}
