package dev.easel.stylize;

import dev.easel.EaselException;
import dev.easel.image.Picture;

/**
 * Thrown when a stylization is cancelled. A method that has a picture so far (an optimization) gives it with
 * the step it reached, so a caller can keep it.
 */
public class CancelledException extends EaselException {
    private final transient Picture partial;
    private final int step;

    public CancelledException() {
        this(null, 0);
    }

    /** @param partial the picture when the work stopped (raw, as previews are), or null */
    public CancelledException(Picture partial, int step) {
        super("cancelled");
        this.partial = partial;
        this.step = step;
    }

    /** The picture when the work stopped, or null where the method has none. */
    public Picture partial() {
        return partial;
    }

    /** The step the work reached (over the whole job, as progress counts them). */
    public int step() {
        return step;
    }
}
