package dev.easel.cli;

import dev.easel.EaselException;
import dev.easel.analogy.AnalogyStylizer;
import dev.easel.image.ImageReader;
import dev.easel.memory.AnalogyEstimate;
import dev.easel.memory.MemoryBudget;
import dev.easel.stylize.StyleRequest;

import java.util.Locale;

/** The memory check of {@code easel analogy}, before any work: the budget, and the Java heap its pictures live on. */
final class AnalogyMemory {
    private AnalogyMemory() {
    }

    static void check(AnalogyStylizer stylizer, StyleRequest request, boolean fullColor, MemoryBudget budget) {
        int[] out = request.outputSize();
        int[] example = stylizer.exampleSize(request); // the CLI always gives a picture, never a style name
        String what = String.format(Locale.ROOT, "analogy at %dx%d (%s)", out[0], out[1], ImageReader.pixelCount((long) out[0] * out[1]));
        budget.check(what, AnalogyEstimate.bytes(out[0], out[1], example[0], example[1], fullColor));
        // Unlike the engine's tensors every picture is a Java array: past the heap limit it is an OutOfMemoryError
        // minutes in, whatever the budget says.
        long heap = AnalogyEstimate.heapBytes(out[0], out[1], example[0], example[1], fullColor);
        long limit = Runtime.getRuntime().maxMemory();
        if (heap > limit) {
            throw new EaselException(what + " needs about " + MemoryBudget.format(heap) + " of Java heap; the heap limit is "
                + MemoryBudget.format(limit) + " (ask for a smaller picture, or give Java more with EASEL_JAVA_OPTS=-Xmx...)");
        }
    }
}
