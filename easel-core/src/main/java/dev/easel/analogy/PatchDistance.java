package dev.easel.analogy;

/**
 * The paper's feature distance between a pixel q of B' and a candidate source pixel p of A': Gaussian-
 * weighted 5x5 neighbourhoods of B against A and of B' against A' at this level, plus 3x3 neighbourhoods
 * of the same at the coarser level. Stops summing once the running total passes a bound, so most
 * candidates cost a fraction of a full comparison.
 *
 * @param fine        this level's A, A', B and B'
 * @param coarse      the coarser level's, or null at the coarsest level
 * @param primeWeight weight of the A'/B' terms: 0 while B' holds nothing yet
 */
record PatchDistance(Side fine, Side coarse, float primeWeight) {
    private static final float[] FINE_WEIGHTS = gaussian(new float[] {1, 4, 6, 4, 1});
    private static final float[] COARSE_WEIGHTS = gaussian(new float[] {1, 2, 1});

    /** The four images of one level and the patch offsets into each. */
    record Side(FeaturePlanes a, FeaturePlanes aPrime, FeaturePlanes b, FeaturePlanes bPrime, int[] offsetsA, int[] offsetsB) {
        static Side of(FeaturePlanes a, FeaturePlanes aPrime, FeaturePlanes b, FeaturePlanes bPrime, int radius) {
            return new Side(a, aPrime, b, bPrime, a.offsets(radius), b.offsets(radius));
        }
    }

    /** The distance, or some value >= bound once it is certain to exceed it. */
    float between(int qx, int qy, int px, int py, float bound) {
        int qi = fine.b.index(qx, qy);
        int pi = fine.a.index(px, py);
        float d = term(fine.b, fine.a, qi, pi, fine, FINE_WEIGHTS, 1f, 0f, bound);
        if (d >= bound) {
            return d;
        }
        if (primeWeight > 0) {
            d = term(fine.bPrime, fine.aPrime, qi, pi, fine, FINE_WEIGHTS, primeWeight, d, bound);
            if (d >= bound) {
                return d;
            }
        }
        if (coarse == null) {
            return d;
        }
        int cq = coarse.b.index(Math.min(qx >> 1, coarse.b.width - 1), Math.min(qy >> 1, coarse.b.height - 1));
        int cp = coarse.a.index(Math.min(px >> 1, coarse.a.width - 1), Math.min(py >> 1, coarse.a.height - 1));
        d = term(coarse.b, coarse.a, cq, cp, coarse, COARSE_WEIGHTS, 1f, d, bound);
        if (d >= bound) {
            return d;
        }
        return primeWeight > 0 ? term(coarse.bPrime, coarse.aPrime, cq, cp, coarse, COARSE_WEIGHTS, primeWeight, d, bound) : d;
    }

    private static float term(FeaturePlanes target, FeaturePlanes source, int qi, int pi, Side side, float[] weights,
                              float scale, float total, float bound) {
        int[] offB = side.offsetsB;
        int[] offA = side.offsetsA;
        for (int c = 0; c < target.planes.length; c++) {
            float[] t = target.planes[c];
            float[] s = source.planes[c];
            float sum = 0f;
            for (int k = 0; k < weights.length; k++) {
                float diff = t[qi + offB[k]] - s[pi + offA[k]];
                sum += weights[k] * diff * diff;
            }
            total += scale * sum;
            if (total >= bound) {
                return total;
            }
        }
        return total;
    }

    /** The outer product of a binomial row with itself, normalised to sum 1. */
    private static float[] gaussian(float[] row) {
        float[] out = new float[row.length * row.length];
        float total = 0;
        for (int i = 0; i < row.length; i++) {
            for (int j = 0; j < row.length; j++) {
                out[i * row.length + j] = row[i] * row[j];
                total += out[i * row.length + j];
            }
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= total;
        }
        return out;
    }
}
