package dev.easel.image;

/**
 * Separable Lanczos-3 resampling on the float data. When shrinking, the kernel is stretched by the
 * scale factor so every source pixel contributes (anti-aliasing); when enlarging it interpolates.
 * Results are clamped to 0..255 because Lanczos lobes overshoot slightly at hard edges.
 */
public final class Resizer {
    private static final double SUPPORT = 3.0;

    private Resizer() {
    }

    public static Picture resize(Picture src, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        if (width == src.width() && height == src.height()) {
            return src.copy();
        }
        Taps horizontal = Taps.of(src.width(), width);
        Taps vertical = Taps.of(src.height(), height);
        float[] out = resizePlanes(src.data(), 3, src.width(), src.height(), width, height, horizontal, vertical);
        float[] alpha = src.alpha() == null ? null
            : resizePlanes(src.alpha(), 1, src.width(), src.height(), width, height, horizontal, vertical);
        return new Picture(width, height, out, alpha);
    }

    private static float[] resizePlanes(float[] in, int planes, int inW, int inH, int outW, int outH, Taps horizontal, Taps vertical) {
        float[] wide = resizeRows(in, planes, inW, inH, outW, horizontal);
        float[] out = resizeColumns(wide, planes, outW, inH, outH, vertical);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0f, Math.min(255f, out[i]));
        }
        return out;
    }

    /** Scales so the longer side becomes longSide, keeping the aspect ratio (short side at least 1). */
    public static Picture fitLongSide(Picture src, int longSide) {
        if (longSide <= 0) {
            throw new IllegalArgumentException("long side must be positive: " + longSide);
        }
        int w = src.width();
        int h = src.height();
        if (w >= h) {
            return resize(src, longSide, Math.max(1, (int) Math.round((double) h * longSide / w)));
        }
        return resize(src, Math.max(1, (int) Math.round((double) w * longSide / h)), longSide);
    }

    /**
     * {@code coarse} enlarged to {@code fine}'s size, plus {@code fine}'s own detail finer than {@code coarse}'s
     * size (fine minus fine shrunk and enlarged again): the coarse picture's colours and shapes with the fine
     * one's edges and texture. Coarse-to-fine passes start each finer level from it.
     */
    public static Picture enlargeWithDetail(Picture coarse, Picture fine) {
        int w = fine.width();
        int h = fine.height();
        float[] enlarged = resize(coarse, w, h).data();
        float[] blurred = resize(resize(fine, coarse.width(), coarse.height()), w, h).data();
        float[] own = fine.data();
        float[] out = new float[own.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0f, Math.min(255f, enlarged[i] + own[i] - blurred[i]));
        }
        return new Picture(w, h, out);
    }

    private static float[] resizeRows(float[] in, int planes, int inW, int h, int outW, Taps taps) {
        float[] out = new float[planes * outW * h];
        for (int row = 0; row < planes * h; row++) { // all channels' rows are contiguous
            int inBase = row * inW;
            int outBase = row * outW;
            for (int x = 0; x < outW; x++) {
                int first = taps.first[x];
                float[] weights = taps.weights[x];
                float sum = 0f;
                for (int k = 0; k < weights.length; k++) {
                    sum += in[inBase + first + k] * weights[k];
                }
                out[outBase + x] = sum;
            }
        }
        return out;
    }

    /** Accumulates whole rows so the inner loop runs along memory (and vectorizes). */
    private static float[] resizeColumns(float[] in, int planes, int w, int inH, int outH, Taps taps) {
        float[] out = new float[planes * w * outH];
        for (int c = 0; c < planes; c++) {
            int inPlane = c * inH * w;
            int outPlane = c * outH * w;
            for (int y = 0; y < outH; y++) {
                int outBase = outPlane + y * w;
                int first = taps.first[y];
                float[] weights = taps.weights[y];
                for (int k = 0; k < weights.length; k++) {
                    int inBase = inPlane + (first + k) * w;
                    float weight = weights[k];
                    for (int x = 0; x < w; x++) {
                        out[outBase + x] += in[inBase + x] * weight;
                    }
                }
            }
        }
        return out;
    }

    /** Per output position: the first source index and the normalised kernel weights from there. */
    private static final class Taps {
        final int[] first;
        final float[][] weights;

        private Taps(int[] first, float[][] weights) {
            this.first = first;
            this.weights = weights;
        }

        static Taps of(int inSize, int outSize) {
            double scale = (double) inSize / outSize;
            double stretch = Math.max(1.0, scale); // widen the kernel only when shrinking
            double radius = SUPPORT * stretch;
            int[] first = new int[outSize];
            float[][] weights = new float[outSize][];
            for (int i = 0; i < outSize; i++) {
                double center = (i + 0.5) * scale; // pixel centres aligned, in source coordinates
                int lo = Math.max(0, (int) Math.floor(center - radius));
                int hi = Math.min(inSize - 1, (int) Math.ceil(center + radius));
                double[] w = new double[hi - lo + 1];
                double total = 0;
                for (int j = lo; j <= hi; j++) {
                    w[j - lo] = lanczos((j + 0.5 - center) / stretch);
                    total += w[j - lo];
                }
                float[] normalised = new float[w.length];
                for (int k = 0; k < w.length; k++) {
                    // Renormalising over the in-bounds taps keeps edges from darkening.
                    normalised[k] = (float) (w[k] / total);
                }
                first[i] = lo;
                weights[i] = normalised;
            }
            return new Taps(first, weights);
        }

        private static double lanczos(double x) {
            x = Math.abs(x);
            if (x < 1e-9) {
                return 1.0;
            }
            if (x >= SUPPORT) {
                return 0.0;
            }
            double px = Math.PI * x;
            return SUPPORT * Math.sin(px) * Math.sin(px / SUPPORT) / (px * px);
        }
    }
}
