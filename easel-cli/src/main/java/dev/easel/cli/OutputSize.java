package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.image.ImageReader;
import dev.easel.memory.MemoryBudget;
import dev.easel.memory.MemoryEstimate;

import java.util.Locale;

/** The checks an output size must pass before any work: large enough for the networks, small enough for memory. */
final class OutputSize {
    /** VGG and the networks halve the picture four times; below 16 px a layer has nothing left to pad or pool. */
    static final int MIN_SIDE = 16;

    private OutputSize() {
    }

    static void check(int[] size, String method, MemoryEstimate estimate, MemoryBudget budget) {
        long w = size[0];
        long h = size[1];
        if (Math.min(w, h) < MIN_SIDE) {
            throw new EaselException(String.format(Locale.ROOT, "the output would be %dx%d; both sides must be at least %d pixels "
                + "(a larger --size, or a photo less long and thin)", w, h, MIN_SIDE));
        }
        budget.check(String.format(Locale.ROOT, "%s at %dx%d (%s)", method, w, h, ImageReader.pixelCount(w * h)), estimate.bytes(w, h));
    }
}
