package dev.easel.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.image.Picture;

/** Conversions between {@link Picture} and 1x3xHxW tensors, and the luminance of such tensors. */
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

    /** Rec. 601 luminance (0.299 R + 0.587 G + 0.114 B) of N x 3 x H x W images: N x 1 x H x W, a new array. */
    public static NDArray luminance(NDArray images) {
        try (NDArray r = images.get(":, 0:1");
             NDArray g = images.get(":, 1:2");
             NDArray b = images.get(":, 2:3");
             NDArray rw = r.mul(0.299f);
             NDArray gw = g.mul(0.587f);
             NDArray bw = b.mul(0.114f);
             NDArray rg = rw.add(gw)) {
            return rg.add(bw);
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
