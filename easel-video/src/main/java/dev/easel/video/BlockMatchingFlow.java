package dev.easel.video;

import dev.easel.image.Picture;

/**
 * Estimates the motion between two frames by block matching, coarse to fine: on a pyramid of brightness
 * images (halved up to three times) each 8x8 block searches the previous frame around the vector its parent
 * block found one level up, for the shift with the smallest mean absolute difference. Straying from that
 * prediction costs a little per pixel, so flat regions (a clear sky), where every shift matches equally
 * well, keep their neighbours' motion (at the top level: none) instead of a random one. A 3x3 median over
 * the block vectors removes the odd outlier.
 * This finds translations of up to about 40 pixels per frame, which is what pans and moving objects need for
 * temporal smoothing; the smoother checks every vector anyway and ignores the ones that do not fit.
 */
public final class BlockMatchingFlow {
    static final int BLOCK = 8;
    private static final int LEVELS = 3;
    private static final int COARSE_RADIUS = 4;
    private static final int REFINE_RADIUS = 2;
    /** Cost per pixel of straying from the predicted vector, in brightness levels (0..255) per block pixel. */
    private static final float STRAY_COST = 0.25f;

    private BlockMatchingFlow() {
    }

    /** The flow from {@code current} back to {@code previous} (same size). */
    public static FlowField estimate(Picture previous, Picture current) {
        if (previous.width() != current.width() || previous.height() != current.height()) {
            throw new IllegalArgumentException("frames differ in size: " + previous + " and " + current);
        }
        Luma[] prev = pyramid(Luma.of(previous));
        Luma[] cur = pyramid(Luma.of(current));
        int[][] vectors = null; // dx, dy per block of the level above
        int parentCols = 0;
        int parentRows = 0;
        for (int level = prev.length - 1; level >= 0; level--) {
            Luma p = prev[level];
            Luma c = cur[level];
            int cols = (c.width + BLOCK - 1) / BLOCK;
            int rows = (c.height + BLOCK - 1) / BLOCK;
            int[] dx = new int[cols * rows];
            int[] dy = new int[cols * rows];
            for (int by = 0; by < rows; by++) {
                for (int bx = 0; bx < cols; bx++) {
                    int px = 0;
                    int py = 0;
                    if (vectors != null) {
                        int parent = Math.min(by / 2, parentRows - 1) * parentCols + Math.min(bx / 2, parentCols - 1);
                        px = 2 * vectors[0][parent];
                        py = 2 * vectors[1][parent];
                    }
                    int radius = vectors == null ? COARSE_RADIUS : REFINE_RADIUS;
                    int[] best = search(p, c, bx * BLOCK, by * BLOCK, px, py, radius);
                    dx[by * cols + bx] = best[0];
                    dy[by * cols + bx] = best[1];
                }
            }
            vectors = new int[][] {median3x3(dx, cols, rows), median3x3(dy, cols, rows)};
            parentCols = cols;
            parentRows = rows;
        }
        return new FlowField(current.width(), current.height(), BLOCK, vectors[0], vectors[1]);
    }

    /** The best shift within {@code radius} of the prediction (px, py), also trying no shift at all. */
    private static int[] search(Luma prev, Luma cur, int x0, int y0, int px, int py, int radius) {
        int bestX = 0;
        int bestY = 0;
        float best = difference(prev, cur, x0, y0, 0, 0) + STRAY_COST * (Math.abs(px) + Math.abs(py));
        for (int dy = py - radius; dy <= py + radius; dy++) {
            for (int dx = px - radius; dx <= px + radius; dx++) {
                float c = difference(prev, cur, x0, y0, dx, dy) + STRAY_COST * (Math.abs(dx - px) + Math.abs(dy - py));
                if (c < best) {
                    best = c;
                    bestX = dx;
                    bestY = dy;
                }
            }
        }
        return new int[] {bestX, bestY};
    }

    /** Mean absolute difference of the block at (x0, y0) and the previous frame shifted by (dx, dy); edges repeat. */
    private static float difference(Luma prev, Luma cur, int x0, int y0, int dx, int dy) {
        int x1 = Math.min(cur.width, x0 + BLOCK);
        int y1 = Math.min(cur.height, y0 + BLOCK);
        float sum = 0;
        for (int y = y0; y < y1; y++) {
            int srow = clamp(y + dy, prev.height) * prev.width;
            int row = y * cur.width;
            for (int x = x0; x < x1; x++) {
                sum += Math.abs(cur.v[row + x] - prev.v[srow + clamp(x + dx, prev.width)]);
            }
        }
        return sum / ((x1 - x0) * (y1 - y0));
    }

    private static Luma[] pyramid(Luma full) {
        int levels = 1;
        while (levels <= LEVELS && Math.min(full.width >> levels, full.height >> levels) >= 2 * BLOCK) {
            levels++;
        }
        Luma[] out = new Luma[levels];
        out[0] = full;
        for (int l = 1; l < levels; l++) {
            out[l] = out[l - 1].halved();
        }
        return out;
    }

    private static int[] median3x3(int[] v, int cols, int rows) {
        int[] out = new int[v.length];
        int[] window = new int[9];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int n = 0;
                for (int j = Math.max(0, y - 1); j <= Math.min(rows - 1, y + 1); j++) {
                    for (int i = Math.max(0, x - 1); i <= Math.min(cols - 1, x + 1); i++) {
                        window[n++] = v[j * cols + i];
                    }
                }
                java.util.Arrays.sort(window, 0, n);
                out[y * cols + x] = window[n / 2];
            }
        }
        return out;
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : v >= size ? size - 1 : v;
    }

    /** A brightness image, the input of block matching. */
    private record Luma(int width, int height, float[] v) {
        static Luma of(Picture p) {
            int n = p.width() * p.height();
            float[] d = p.data();
            float[] y = new float[n];
            for (int i = 0; i < n; i++) {
                y[i] = 0.299f * d[i] + 0.587f * d[n + i] + 0.114f * d[2 * n + i];
            }
            return new Luma(p.width(), p.height(), y);
        }

        /** Half the size, each pixel the mean of a 2x2 square. */
        Luma halved() {
            int w = width / 2;
            int h = height / 2;
            float[] out = new float[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = 2 * y * width + 2 * x;
                    out[y * w + x] = (v[i] + v[i + 1] + v[i + width] + v[i + width + 1]) / 4;
                }
            }
            return new Luma(w, h, out);
        }
    }
}
