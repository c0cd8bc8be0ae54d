package dev.easel.web.methods;

import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;

/**
 * A cached stylizer lent to one job: closing the loan leaves the loaded network open for the next job,
 * and jobs take turns on it (a loaded network is not meant for two threads at once).
 *
 * @param cached the loaded network, owned by the cache
 */
record SharedStylizer(Stylizer cached) implements Stylizer {
    @Override
    public String method() {
        return cached.method();
    }

    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        synchronized (cached) {
            return cached.stylize(request, progress, cancellation);
        }
    }

    @Override
    public void close() {
        // the cache owns the network
    }
}
