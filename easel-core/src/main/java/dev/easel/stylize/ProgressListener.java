package dev.easel.stylize;

/** Receives progress during long work; must return quickly. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
