package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Uniform noise in -1..1 that is a pure function of (seed, x, y): a tile cut from a large picture gets
 * exactly the noise the whole picture would, so tiled and untiled stylization agree.
 *
 * <p>The noise channel is what lets a network paint texture into flat regions such as a clear sky
 * (Ulyanov et al., Texture Networks, 2016): from a smooth input a convolutional network can only make a
 * smooth output.
 */
public final class PixelNoise {
    /** The noise every stylization uses, so the same photo always gives the same picture. */
    public static final long INFERENCE_SEED = 0x5EEDL;

    private PixelNoise() {
    }

    /** N x 1 x h x w noise for the window at (x0, y0) of a picture, one seed per batch item. */
    public static NDArray window(NDManager manager, long[] seeds, int x0, int y0, int w, int h) {
        float[] data = new float[seeds.length * w * h];
        int i = 0;
        for (long seed : seeds) {
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    data[i++] = value(seed, x, y);
                }
            }
        }
        return manager.create(data, new Shape(seeds.length, 1, h, w));
    }

    static float value(long seed, int x, int y) {
        long z = seed ^ ((long) y << 32 | (x & 0xffffffffL));
        // SplitMix64 finalizer: a good hash is enough, no generator state needed
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return (float) ((z >>> 40) * 0x1.0p-23 - 1.0);
    }
}
