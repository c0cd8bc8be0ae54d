package dev.easel.stylize;

import dev.easel.image.Picture;

/**
 * Repaints a photo in a style. Every family (Gatys optimization, real-time, multi-style, arbitrary)
 * implements this, so the CLI, the web app, batch and video never special-case a method. A stylizer may
 * hold a loaded network: reuse it for many requests and close it when done.
 */
public interface Stylizer extends AutoCloseable {
    /** The method name used on the command line and in the API, e.g. {@code gatys}. */
    String method();

    /**
     * Stylizes one photo.
     *
     * @throws CancelledException when {@code cancellation} is triggered before the work is done
     */
    Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation);

    @Override
    void close();
}
