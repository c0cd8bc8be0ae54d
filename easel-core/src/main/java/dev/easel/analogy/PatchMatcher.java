package dev.easel.analogy;

import dev.easel.stylize.Cancellation;

import java.util.stream.IntStream;

/**
 * PatchMatch (Barnes et al. 2009) for the paper's two matches at once. Propagation offers each pixel its
 * neighbours' sources shifted by one (Ashikhmin's coherence candidates); random search around the current
 * source stands in for the approximate-nearest-neighbour match over all of A. Coherent candidates win
 * when within a factor {@code 1 + 2^(l-L) kappa} of the best (the paper's rule, as a discount on their cost).
 *
 * <p>Rows are cut into fixed bands that run in parallel; a pixel reads only neighbours of its own band and
 * draws its random numbers from (seed, pass, pixel), so the result depends on the seed alone, not on the
 * thread count or timing. The band edges move every pass so information still crosses them.
 */
final class PatchMatcher {
    private static final int BAND = 16;
    private static final int[][] FORWARD = {{-1, 0}, {0, -1}, {-1, -1}, {1, -1}};

    final int width;
    final int height;
    final int sourceWidth;
    final int sourceHeight;
    final int[] sx;
    final int[] sy;

    private PatchMatcher(int width, int height, int sourceWidth, int sourceHeight) {
        this.width = width;
        this.height = height;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.sx = new int[width * height];
        this.sy = new int[width * height];
    }

    /** Every pixel starts at a random source. */
    static PatchMatcher random(int width, int height, int sourceWidth, int sourceHeight, long seed) {
        PatchMatcher m = new PatchMatcher(width, height, sourceWidth, sourceHeight);
        for (int q = 0; q < m.sx.length; q++) {
            long r = mix(seed ^ mix(q));
            m.sx[q] = (int) Long.remainderUnsigned(r, sourceWidth);
            m.sy[q] = (int) Long.remainderUnsigned(r >>> 32, sourceHeight);
        }
        return m;
    }

    /** Starts each pixel where its coarser-level parent's source leads, one level finer. */
    static PatchMatcher upsampled(PatchMatcher coarse, int width, int height, int sourceWidth, int sourceHeight) {
        PatchMatcher m = new PatchMatcher(width, height, sourceWidth, sourceHeight);
        for (int y = 0; y < height; y++) {
            int cy = Math.min(y >> 1, coarse.height - 1);
            for (int x = 0; x < width; x++) {
                int c = cy * coarse.width + Math.min(x >> 1, coarse.width - 1);
                m.sx[y * width + x] = Math.min(2 * coarse.sx[c] + (x & 1), sourceWidth - 1);
                m.sy[y * width + x] = Math.min(2 * coarse.sy[c] + (y & 1), sourceHeight - 1);
            }
        }
        return m;
    }

    /**
     * One pass over every pixel: forward (from the top left, looking left and up) on even passes,
     * backward on odd ones.
     *
     * @param discount the cost factor of coherent candidates, {@code 1 / (1 + 2^(l-L) kappa)}
     */
    void pass(PatchDistance distance, int pass, float discount, long seed, Cancellation cancellation) {
        int shift = (pass * 5) % BAND;
        int bands = (height + shift + BAND - 1) / BAND;
        IntStream.range(0, bands).parallel().forEach(i -> {
            int lo = Math.max(0, i * BAND - shift);
            int hi = Math.min(height, (i + 1) * BAND - shift);
            band(distance, lo, hi, pass % 2 == 0, discount, mix(seed ^ mix(pass)), cancellation);
        });
    }

    private void band(PatchDistance distance, int lo, int hi, boolean forward, float discount, long seed,
                      Cancellation cancellation) {
        int sign = forward ? 1 : -1;
        for (int row = 0; row < hi - lo; row++) {
            cancellation.throwIfCancelled();
            int y = forward ? lo + row : hi - 1 - row;
            for (int col = 0; col < width; col++) {
                int x = forward ? col : width - 1 - col;
                improve(distance, x, y, lo, hi, sign, discount, seed);
            }
        }
    }

    private void improve(PatchDistance distance, int x, int y, int lo, int hi, int sign, float discount, long seed) {
        int q = y * width + x;
        int bx = sx[q];
        int by = sy[q];
        float raw = distance.between(x, y, bx, by, Float.MAX_VALUE);
        float best = coherent(x, y, bx, by, lo, hi) ? raw * discount : raw;
        // propagation: the already visited neighbours' sources, shifted to this pixel (coherent by construction)
        for (int[] n : FORWARD) {
            int nx = x + sign * n[0];
            int ny = y + sign * n[1];
            if (nx < 0 || nx >= width || ny < lo || ny >= hi) {
                continue;
            }
            int r = ny * width + nx;
            int cx = sx[r] + x - nx;
            int cy = sy[r] + y - ny;
            if (cx < 0 || cy < 0 || cx >= sourceWidth || cy >= sourceHeight || (cx == bx && cy == by)) {
                continue;
            }
            float d = distance.between(x, y, cx, cy, best / discount) * discount;
            if (d < best) {
                best = d;
                bx = cx;
                by = cy;
            }
        }
        // random search in shrinking windows around the best so far
        long rng = mix(seed ^ mix(q));
        for (int radius = Math.max(sourceWidth, sourceHeight); radius >= 1; radius /= 2) {
            rng = mix(rng);
            int cx = clamp(bx + (int) Long.remainderUnsigned(rng, 2L * radius + 1) - radius, sourceWidth);
            int cy = clamp(by + (int) Long.remainderUnsigned(rng >>> 32, 2L * radius + 1) - radius, sourceHeight);
            if (cx == bx && cy == by) {
                continue;
            }
            boolean isCoherent = coherent(x, y, cx, cy, lo, hi);
            float factor = isCoherent ? discount : 1f;
            float d = distance.between(x, y, cx, cy, best / factor) * factor;
            if (d < best) {
                best = d;
                bx = cx;
                by = cy;
            }
        }
        sx[q] = bx;
        sy[q] = by;
    }

    /** Whether source (px, py) continues the source patch of one of the 8 neighbours (of this band). */
    private boolean coherent(int x, int y, int px, int py, int lo, int hi) {
        for (int ny = Math.max(lo, y - 1); ny <= Math.min(hi - 1, y + 1); ny++) {
            for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
                int r = ny * width + nx;
                if ((nx != x || ny != y) && sx[r] + x - nx == px && sy[r] + y - ny == py) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    /** SplitMix64's finalizer: a well-mixed 64-bit hash, used as a counter-based random number generator. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    SourceMap sources() {
        return new SourceMap(width, height, sx.clone(), sy.clone());
    }
}
