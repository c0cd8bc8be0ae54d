package dev.easel.analogy;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;

/**
 * The example an analogy learns from: a picture {@code a} and its filtered, painted or textured version
 * {@code aPrime}, pixel-aligned (same size).
 */
public record ExamplePair(Picture a, Picture aPrime) {
    /** Patches are 5x5 at every level: smaller examples have nothing to match. */
    public static final int MIN_SIDE = 8;

    public ExamplePair {
        if (a == null || aPrime == null) {
            throw new IllegalArgumentException("an example pair needs both A and A'");
        }
        if (a.width() != aPrime.width() || a.height() != aPrime.height()) {
            throw new IllegalArgumentException("A and A' must have the same size: A is " + a.width() + "x" + a.height()
                + ", A' is " + aPrime.width() + "x" + aPrime.height());
        }
        if (Math.min(a.width(), a.height()) < MIN_SIDE) {
            throw new IllegalArgumentException("the example pair is too small (" + a.width() + "x" + a.height()
                + "); it needs at least " + MIN_SIDE + " px on each side");
        }
    }

    /**
     * A pair made from a painting alone (the paper's painterly analogies, section 4.4): A' is the painting and
     * A is the painting with its brush strokes smoothed away, so the analogy learns "add these strokes".
     */
    public static ExamplePair fromPainting(Picture painting) {
        int w = Math.max(1, painting.width() / 4);
        int h = Math.max(1, painting.height() / 4);
        // down and up again through the Lanczos resizer: a low-pass that keeps colours and shapes
        Picture smooth = Resizer.resize(Resizer.resize(painting, w, h), painting.width(), painting.height());
        return new ExamplePair(smooth, painting);
    }

    /** The same pair scaled by {@code factor} (both pictures alike). */
    public ExamplePair scaled(double factor) {
        int w = Math.max(1, (int) Math.round(a.width() * factor));
        int h = Math.max(1, (int) Math.round(a.height() * factor));
        return new ExamplePair(Resizer.resize(a, w, h), Resizer.resize(aPrime, w, h));
    }
}
