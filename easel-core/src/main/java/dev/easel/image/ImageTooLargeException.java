package dev.easel.image;

import dev.easel.EaselException;

/** An image over the caller's pixel limit, refused from its header: front ends say how to raise the limit. */
public final class ImageTooLargeException extends EaselException {
    public ImageTooLargeException(String message) {
        super(message);
    }
}
