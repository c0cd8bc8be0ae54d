package dev.easel.video;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.ProgressListener;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Stylizers without a network, so the video plumbing is tested in milliseconds. */
final class FakeStylizers {
    private FakeStylizers() {
    }

    static Function<Picture, StyleRequest> request(int size) {
        return p -> new StyleRequest(p, List.of(new StyleInput(null, "fake", 1.0)), size, ColorPreservation.NONE, 1.0);
    }

    /** Returns the photo at the requested size. */
    static final class Identity implements Stylizer {
        @Override
        public String method() {
            return "identity";
        }

        @Override
        public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
            int[] s = request.outputSize();
            return Resizer.resize(request.content(), s[0], s[1]);
        }

        @Override
        public void close() {
        }
    }

    /** The photo plus fresh noise every frame: what a network's boiling texture looks like to the meter. */
    static final class Boiling implements Stylizer {
        private final Random random = new Random(1);

        @Override
        public String method() {
            return "boiling";
        }

        @Override
        public Picture stylize(StyleRequest request, ProgressListener progress, Cancellation cancellation) {
            int[] s = request.outputSize();
            Picture p = Resizer.resize(request.content(), s[0], s[1]).copy();
            float[] d = p.data();
            for (int i = 0; i < d.length; i++) {
                d[i] += (float) (random.nextGaussian() * 20);
            }
            return p;
        }

        @Override
        public void close() {
        }
    }
}
