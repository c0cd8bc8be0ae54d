package dev.easel.web;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.Progress;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.web.methods.MethodInfo;
import dev.easel.web.methods.StyleChoice;
import dev.easel.web.methods.Stylization;
import dev.easel.web.methods.WebMethod;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in method for the queue, cancellation and time-limit tests: it reports progress with previews
 * and then waits until the test releases it (or it is cancelled), so a test decides how long a job runs.
 */
final class FakeMethod implements WebMethod {
    static final String NAME = "fake";

    private volatile CountDownLatch release = new CountDownLatch(0);
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();

    /** From now on, jobs wait in the stylizer until {@link #releaseAll()}. */
    void hold() {
        release = new CountDownLatch(1);
    }

    void releaseAll() {
        release.countDown();
    }

    @Override
    public MethodInfo info() {
        return new MethodInfo(NAME, "test method", true, null, 2, true, true, 16, 64, 256, 0);
    }

    @Override
    public Set<String> styleNames() {
        return Set.of("plain");
    }

    @Override
    public void check(List<StyleChoice> styles) {
        if (styles.isEmpty() || styles.stream().anyMatch(s -> !s.isUpload() && !s.name().equals("plain"))) {
            throw dev.easel.web.api.ApiException.badRequest("fake paints 'plain' only");
        }
    }

    @Override
    public Stylization prepare(List<StyleChoice> styles, int refine) {
        CountDownLatch gate = release;
        Stylizer stylizer = new Stylizer() {
            @Override
            public String method() {
                return NAME;
            }

            @Override
            public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
                started.incrementAndGet();
                int[] size = request.outputSize();
                Picture out = Resizer.resize(request.content(), size[0], size[1]);
                progress.onProgress(new Progress("warming up", 1, 4, null, () -> out));
                try {
                    while (!gate.await(10, TimeUnit.MILLISECONDS)) {
                        if (cancellation.isCancelled()) {
                            cancelled.incrementAndGet();
                            cancellation.throwIfCancelled();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cancellation.throwIfCancelled();
                progress.onProgress(new Progress("painting", 4, 4, null, null));
                return out;
            }

            @Override
            public void close() {
            }
        };
        return new Stylization(stylizer, styles.stream().map(s -> new StyleInput(Picture.blank(2, 2), s.name(), s.weight())).toList());
    }
}
