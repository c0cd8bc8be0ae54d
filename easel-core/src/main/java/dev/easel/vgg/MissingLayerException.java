package dev.easel.vgg;

import dev.easel.EaselException;

/**
 * A layer asked of a VGG19 that stops before it (e.g. the shared blocks 1-3 for relu4_1): the full network
 * has it. Front ends say how to load the full network in their own terms.
 */
public final class MissingLayerException extends EaselException {
    private final String layer;

    public MissingLayerException(String layer, String message) {
        super(message);
        this.layer = layer;
    }

    public String layer() {
        return layer;
    }
}
