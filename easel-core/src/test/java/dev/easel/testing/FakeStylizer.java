package dev.easel.testing;

import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;

import java.util.function.Function;

/**
 * A stylizer without a network, for tests of what runs stylizers (passes, video): it paints each request with a
 * function and holds nothing to close.
 *
 * @param method the method name it reports
 * @param paint  the picture for a request
 */
public record FakeStylizer(String method, Function<StyleRequest, Picture> paint) implements Stylizer {
    @Override
    public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
        return paint.apply(request);
    }

    @Override
    public void close() {
    }
}
