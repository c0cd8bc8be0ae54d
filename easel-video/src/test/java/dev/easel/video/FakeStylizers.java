package dev.easel.video;

import dev.easel.image.Picture;
import dev.easel.stylize.ColorPreservation;
import dev.easel.stylize.StyleInput;
import dev.easel.stylize.StyleRequest;
import dev.easel.stylize.Stylizer;
import dev.easel.testing.FakeStylizer;

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
    static Stylizer identity() {
        return new FakeStylizer("identity", StyleRequest::contentAtOutputSize);
    }

    /** The photo plus fresh noise every frame: what a network's boiling texture looks like to the meter. */
    static Stylizer boiling() {
        Random random = new Random(1);
        return new FakeStylizer("boiling", request -> {
            Picture p = request.contentAtOutputSize().copy();
            float[] d = p.data();
            for (int i = 0; i < d.length; i++) {
                d[i] += (float) (random.nextGaussian() * 20);
            }
            return p;
        });
    }
}
