package dev.easel.cli.batch;

import dev.easel.EaselException;
import dev.easel.image.ImageTooLargeException;
import dev.easel.memory.MemoryLimitException;

/** The one line a batch (or the Spark job) reports for a photo that failed. */
public final class FailureReason {
    private FailureReason() {
    }

    /** Easel's own messages as they are (they name the photo and the problem); anything else with its type. */
    public static String of(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory; try a smaller --size";
        }
        if (e instanceof MemoryLimitException) {
            return e.getMessage() + " (ask for a smaller picture, or raise the limit with --max-memory)";
        }
        if (e instanceof ImageTooLargeException) {
            return e.getMessage() + " (raise it with --max-pixels)";
        }
        if (e instanceof EaselException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
