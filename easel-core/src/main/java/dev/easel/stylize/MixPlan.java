package dev.easel.stylize;

import ai.djl.ndarray.NDManager;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import ai.djl.ndarray.types.Shape;
import dev.easel.nets.StyleMix;

/**
 * Where a multi-style network paints which style: one weight per style for the whole picture, or one
 * weight map per style (from masks). Kept in Java so that any window of the picture (a tile) or a
 * downscaled copy of it (for shared instance-norm statistics) can be cut from it.
 */
public final class MixPlan {
    private final float[] weights;
    private final float[][] maps;
    private final int width;
    private final int height;

    private MixPlan(float[] weights, float[][] maps, int width, int height) {
        this.weights = weights;
        this.maps = maps;
        this.width = width;
        this.height = height;
    }

    /** The same weights everywhere; they are normalised to sum to 1. */
    public static MixPlan uniform(double[] weights) {
        return new MixPlan(normalised(weights), null, 0, 0);
    }

    /**
     * Style {@code i} where {@code masks[i]} (width x height, 0..1, null for everywhere) is high, weighted
     * by {@code weights[i]}. Each pixel's weights are normalised to sum to 1; where no mask covers a
     * pixel the plain weights apply.
     */
    public static MixPlan masked(double[] weights, float[][] masks, int width, int height) {
        float[] global = normalised(weights);
        int n = global.length;
        float[][] maps = new float[n][width * height];
        for (int p = 0; p < width * height; p++) {
            double sum = 0;
            for (int s = 0; s < n; s++) {
                float m = masks[s] == null ? 1f : masks[s][p];
                maps[s][p] = (float) (weights[s] * m);
                sum += maps[s][p];
            }
            for (int s = 0; s < n; s++) {
                maps[s][p] = sum > 1e-6 ? (float) (maps[s][p] / sum) : global[s];
            }
        }
        return new MixPlan(global, maps, width, height);
    }

    /**
     * {@link #masked} from mask pictures (any size, resized to width x height; brightness is coverage), or
     * {@link #uniform} when {@code masks} holds none.
     */
    public static MixPlan of(double[] weights, Picture[] masks, int width, int height) {
        float[][] coverage = new float[weights.length][];
        boolean masked = false;
        for (int i = 0; i < weights.length; i++) {
            if (masks[i] != null) {
                coverage[i] = coverage(Resizer.resize(masks[i], width, height));
                masked = true;
            }
        }
        return masked ? masked(weights, coverage, width, height) : uniform(weights);
    }

    /** A mask's brightness as 0..1 per pixel. */
    private static float[] coverage(Picture mask) {
        int n = mask.width() * mask.height();
        float[] out = new float[n];
        float[] d = mask.data();
        for (int p = 0; p < n; p++) {
            float v = (d[p] + d[n + p] + d[2 * n + p]) / (3 * 255f);
            out[p] = Math.max(0f, Math.min(1f, v));
        }
        return out;
    }

    /**
     * This plan seen through {@code basis} (one row per style of this plan): what the network reads is
     * sum_k weight_k * basis[k], per picture or per pixel. A style-vector network paints style image k with
     * the row [1, s_k], so mixing styles mixes their vectors.
     */
    public MixPlan projected(float[][] basis) {
        if (basis.length != weights.length) {
            throw new IllegalArgumentException(basis.length + " basis rows for " + weights.length + " styles");
        }
        int n = basis[0].length;
        float[] w = new float[n];
        for (int k = 0; k < weights.length; k++) {
            for (int j = 0; j < n; j++) {
                w[j] += weights[k] * basis[k][j];
            }
        }
        if (maps == null) {
            return new MixPlan(w, null, 0, 0);
        }
        float[][] m = new float[n][width * height];
        for (int k = 0; k < maps.length; k++) {
            for (int j = 0; j < n; j++) {
                float b = basis[k][j];
                if (b == 0f) {
                    continue;
                }
                float[] from = maps[k];
                float[] to = m[j];
                for (int p = 0; p < to.length; p++) {
                    to[p] += from[p] * b;
                }
            }
        }
        return new MixPlan(w, m, width, height);
    }

    private static float[] normalised(double[] weights) {
        StyleLimits.weights(weights);
        double sum = 0;
        for (double w : weights) { // summed in order, as always: a compensated sum could round differently
            sum += w;
        }
        float[] out = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = (float) (weights[i] / sum);
        }
        return out;
    }

    public int styles() {
        return weights.length;
    }

    /** The whole-picture weights (normalised, unless projected). */
    public float[] weights() {
        return weights.clone();
    }

    /** The mix for the window (x0, y0, w, h) of the picture. */
    StyleMix window(NDManager manager, int x0, int y0, int w, int h) {
        if (maps == null) {
            return StyleMix.uniform(manager, new float[][] {weights});
        }
        checkSize(x0 + w, y0 + h);
        float[] data = new float[maps.length * w * h];
        int i = 0;
        for (float[] map : maps) {
            for (int y = y0; y < y0 + h; y++) {
                System.arraycopy(map, y * width + x0, data, i, w);
                i += w;
            }
        }
        return StyleMix.spatial(manager.create(data, new Shape(1, maps.length, h, w)));
    }

    /** The mix for the whole picture shrunk to w x h (nearest neighbour: only statistics are taken from it). */
    StyleMix scaled(NDManager manager, int w, int h) {
        if (maps == null) {
            return window(manager, 0, 0, w, h);
        }
        float[] data = new float[maps.length * w * h];
        int i = 0;
        for (float[] map : maps) {
            for (int y = 0; y < h; y++) {
                int sy = Math.min(height - 1, (int) ((y + 0.5) * height / h));
                for (int x = 0; x < w; x++) {
                    data[i++] = map[sy * width + Math.min(width - 1, (int) ((x + 0.5) * width / w))];
                }
            }
        }
        return StyleMix.spatial(manager.create(data, new Shape(1, maps.length, h, w)));
    }

    private void checkSize(int w, int h) {
        if (w > width || h > height) {
            throw new IllegalArgumentException("the style masks are " + width + "x" + height + ", smaller than the picture");
        }
    }
}
