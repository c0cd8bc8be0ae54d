package dev.easel.nets.wct;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The whitening and colouring transform (Li et al. 2017, "Universal Style Transfer via Feature
 * Transforms"): content features are decorrelated (whitened) and then given the style features' full
 * covariance and mean (coloured). AdaIN matches each channel's mean and deviation alone; this matches how
 * channels vary together, which is where much of a painting's character lives. The feature maps stay in the
 * engine; only the C x C covariances go through an eigendecomposition in Java (the engine binding has none).
 */
final class Wct {
    /** Eigenvalues below this share of the largest are dropped (noise directions, as Li et al. do). */
    private static final double RELATIVE_FLOOR = 1e-5;

    private Wct() {
    }

    /** Mean (C) and the transform's half of a covariance (C x C) of one feature map. */
    record Moments(NDArray mean, double[] covariance, int channels) {
    }

    /** The mean and covariance of 1 x C x H x W features (the mean is owned by {@code m}). */
    static Moments moments(NDManager m, NDArray features) {
        Shape s = features.getShape();
        int c = (int) s.get(1);
        long n = s.get(2) * s.get(3);
        try (NDArray flat = features.reshape(c, n);
             NDArray mean = flat.mean(new int[] {1}, true);
             NDArray centred = flat.sub(mean);
             NDArray product = centred.matMul(centred.transpose())) {
            float[] cov = product.toFloatArray();
            double[] out = new double[cov.length];
            for (int i = 0; i < cov.length; i++) {
                out[i] = cov[i] / Math.max(1, n - 1);
            }
            NDArray kept = mean.duplicate();
            kept.attach(m);
            return new Moments(kept, out, c);
        }
    }

    /**
     * Content features (1 x C x H x W) with the style's covariance and mean. {@code styles} are weighted
     * (weights summing to 1): each style's transform is applied and the results mixed, as Li et al. interpolate.
     */
    public static NDArray transfer(NDArray content, java.util.List<NDArray> styles, double[] weights) {
        NDManager m = content.getManager();
        Shape shape = content.getShape();
        int c = (int) shape.get(1);
        long n = shape.get(2) * shape.get(3);
        Moments mc = moments(m, content);
        DMatrixRMaj whiten = power(mc.covariance(), c, -0.5);
        NDArray out = null;
        try (NDArray flat = content.reshape(c, n); NDArray centred = flat.sub(mc.mean())) {
            for (int i = 0; i < styles.size(); i++) {
                if (weights[i] == 0) {
                    continue;
                }
                Moments ms = moments(m, styles.get(i));
                DMatrixRMaj colour = power(ms.covariance(), c, 0.5);
                DMatrixRMaj transform = new DMatrixRMaj(c, c);
                CommonOps_DDRM.mult(colour, whiten, transform);
                try (NDArray t = m.create(toFloat(transform.data), new Shape(c, c));
                     NDArray moved = t.matMul(centred)) {
                    NDArray coloured = moved.add(ms.mean()).mul(weights[i]);
                    out = out == null ? coloured : out.addi(coloured);
                }
                ms.mean().close();
            }
        } finally {
            mc.mean().close();
        }
        if (out == null) {
            throw new IllegalArgumentException("at least one style weight must be positive");
        }
        NDArray result = out.reshape(shape);
        out.close();
        return result;
    }

    /**
     * {@code cov^p} for a symmetric positive semi-definite C x C matrix, through its eigendecomposition;
     * eigenvalues below {@value #RELATIVE_FLOOR} of the largest count as zero (their directions are dropped).
     */
    static DMatrixRMaj power(double[] cov, int c, double p) {
        DMatrixRMaj a = DMatrixRMaj.wrap(c, c, cov.clone());
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(c, true, true);
        if (!eig.decompose(a)) {
            throw new IllegalStateException("eigendecomposition of a " + c + "x" + c + " covariance failed");
        }
        double largest = 0;
        for (int i = 0; i < c; i++) {
            largest = Math.max(largest, eig.getEigenvalue(i).getReal());
        }
        DMatrixRMaj out = new DMatrixRMaj(c, c);
        for (int i = 0; i < c; i++) {
            double lambda = eig.getEigenvalue(i).getReal();
            if (!(lambda > RELATIVE_FLOOR * largest)) {
                continue;
            }
            DMatrixRMaj v = eig.getEigenVector(i);
            double scale = Math.pow(lambda, p);
            for (int r = 0; r < c; r++) {
                double vr = v.get(r, 0) * scale;
                for (int col = 0; col < c; col++) {
                    out.add(r, col, vr * v.get(col, 0));
                }
            }
        }
        return out;
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
