package dev.easel.stylize;

import dev.easel.EaselException;

/** Thrown when a stylization is cancelled. */
public class CancelledException extends EaselException {
    public CancelledException() {
        super("cancelled");
    }
}
