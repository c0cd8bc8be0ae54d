package dev.easel.analogy;

import dev.easel.image.ColorTransfer;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;

import java.util.ArrayList;
import java.util.List;

/**
 * One picture as YIQ planes at every level, finest first, each level half the size of the one before.
 * Levels are shrunk by the Lanczos resizer, which low-passes as it shrinks (the role of the paper's
 * Gaussian pyramid), in RGB so that nothing is clipped, then converted to YIQ.
 */
final class AnalogyPyramid {
    private final List<Picture> levels;

    private AnalogyPyramid(List<Picture> levels) {
        this.levels = levels;
    }

    static AnalogyPyramid of(Picture rgb, int count) {
        List<Picture> yiq = new ArrayList<>();
        Picture level = rgb;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                level = Resizer.resize(level, (level.width() + 1) / 2, (level.height() + 1) / 2);
            }
            yiq.add(ColorTransfer.rgbToYiq(level));
        }
        return new AnalogyPyramid(yiq);
    }

    /** Level {@code i} (0 = finest) as YIQ, planar. */
    Picture level(int i) {
        return levels.get(i);
    }

    /** Applies {@code y -> scale * y + offset} to the luminance plane of every level. */
    AnalogyPyramid remapLuminance(double scale, double offset) {
        List<Picture> out = new ArrayList<>();
        for (Picture p : levels) {
            float[] d = p.data().clone();
            int plane = p.width() * p.height();
            for (int i = 0; i < plane; i++) {
                d[i] = (float) (scale * d[i] + offset);
            }
            out.add(new Picture(p.width(), p.height(), d));
        }
        return new AnalogyPyramid(out);
    }

    /** Mean and standard deviation of the finest level's luminance. */
    double[] luminanceStatistics() {
        Picture p = levels.get(0);
        int plane = p.width() * p.height();
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < plane; i++) {
            sum += p.data()[i];
            squares += (double) p.data()[i] * p.data()[i];
        }
        double mean = sum / plane;
        return new double[] {mean, Math.sqrt(Math.max(0, squares / plane - mean * mean))};
    }

    /**
     * The number of levels for pictures of these short sides: the coarsest about {@code coarsest} px on the
     * smaller picture's short side, at least one level and at most {@code max}.
     */
    static int automaticLevels(int shortSide, int coarsest, int max) {
        int levels = 1;
        while (levels < max && shortSide / (1 << levels) >= coarsest) {
            levels++;
        }
        return levels;
    }

    /** The most levels for which the coarsest still holds a few patches. */
    static int possibleLevels(int shortSide, int max) {
        return automaticLevels(shortSide, ExamplePair.MIN_SIDE, max);
    }
}
