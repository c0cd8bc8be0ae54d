package dev.easel.testing;

import dev.easel.image.Picture;

/** How far apart two pictures of the same size are, in 0..255 units, for tests' tolerances. */
public final class Differences {
    private Differences() {
    }

    /** The mean absolute difference over every value. */
    public static double meanAbs(Picture a, Picture b) {
        float[] x = sameSize(a, b);
        float[] y = b.data();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs(x[i] - y[i]);
        }
        return sum / x.length;
    }

    /** The largest absolute difference anywhere. */
    public static double largestAbs(Picture a, Picture b) {
        float[] x = sameSize(a, b);
        float[] y = b.data();
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, Math.abs(x[i] - y[i]));
        }
        return worst;
    }

    private static float[] sameSize(Picture a, Picture b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new AssertionError("different sizes: " + a + " and " + b);
        }
        return a.data();
    }
}
