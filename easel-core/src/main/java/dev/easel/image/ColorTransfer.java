package dev.easel.image;

/**
 * Colour preservation from Gatys et al. 2016, "Preserving Color in Neural Artistic Style Transfer":
 * either keep the content's colours and take only luminance from the result ({@link #keepLuminance}),
 * or recolour the style image to the content's colour statistics before stylizing ({@link #matchHistogram}).
 */
public final class ColorTransfer {
    /** NTSC RGB -> YIQ. */
    private static final double[][] RGB_TO_YIQ = {
        {0.299, 0.587, 0.114},
        {0.595716, -0.274453, -0.321263},
        {0.211456, -0.522591, 0.311135},
    };
    /** The exact inverse, so a round trip is lossless up to float rounding. */
    private static final double[][] YIQ_TO_RGB = invert(RGB_TO_YIQ);
    /** Regularises near-singular covariances (flat or single-hue images); tiny next to 0..255 variances. */
    private static final double EPSILON = 1e-2;

    private ColorTransfer() {
    }

    /** Y from the stylized image, I and Q from the content image; clamped to 0..255. */
    public static Picture keepLuminance(Picture stylized, Picture content) {
        if (stylized.width() != content.width() || stylized.height() != content.height()) {
            throw new IllegalArgumentException("keepLuminance needs equal sizes: stylized " + stylized.width() + "x"
                    + stylized.height() + ", content " + content.width() + "x" + content.height());
        }
        float[] y = rgbToYiq(stylized).data();
        float[] iq = rgbToYiq(content).data();
        int plane = stylized.width() * stylized.height();
        System.arraycopy(y, 0, iq, 0, plane); // replace the content's Y plane
        return yiqToRgb(new Picture(content.width(), content.height(), iq)).clamped();
    }

    /**
     * Linearly maps the style image's colours so their mean and covariance equal the content's:
     * x' = A (x - mu_s) + mu_c with A = Sigma_c^(1/2) Sigma_s^(-1/2). Clamped to 0..255.
     */
    public static Picture matchHistogram(Picture style, Picture content) {
        double[] muS = mean(style);
        double[] muC = mean(content);
        double[][] a = Symmetric3.multiply(
                Symmetric3.power(covariance(content, muC), 0.5, EPSILON),
                Symmetric3.power(covariance(style, muS), -0.5, EPSILON));
        return affine(style, a, muS, muC).clamped();
    }

    /** Planar RGB -> planar Y, I, Q (same 0..255 scale; I and Q can be negative). */
    public static Picture rgbToYiq(Picture rgb) {
        return affine(rgb, RGB_TO_YIQ, new double[3], new double[3]);
    }

    /** Inverse of {@link #rgbToYiq}; not clamped. */
    public static Picture yiqToRgb(Picture yiq) {
        return affine(yiq, YIQ_TO_RGB, new double[3], new double[3]);
    }

    /** out = m (x - before) + after, per pixel. */
    private static Picture affine(Picture p, double[][] m, double[] before, double[] after) {
        int plane = p.width() * p.height();
        float[] in = p.data();
        float[] out = new float[in.length];
        for (int i = 0; i < plane; i++) {
            double r = in[i] - before[0];
            double g = in[plane + i] - before[1];
            double b = in[2 * plane + i] - before[2];
            for (int c = 0; c < 3; c++) {
                out[c * plane + i] = (float) (m[c][0] * r + m[c][1] * g + m[c][2] * b + after[c]);
            }
        }
        return new Picture(p.width(), p.height(), out);
    }

    private static double[] mean(Picture p) {
        int plane = p.width() * p.height();
        float[] d = p.data();
        double[] mu = new double[3];
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            for (int i = 0; i < plane; i++) {
                sum += d[c * plane + i];
            }
            mu[c] = sum / plane;
        }
        return mu;
    }

    private static double[][] covariance(Picture p, double[] mu) {
        int plane = p.width() * p.height();
        float[] d = p.data();
        double[][] cov = new double[3][3];
        for (int i = 0; i < plane; i++) {
            double[] x = {d[i] - mu[0], d[plane + i] - mu[1], d[2 * plane + i] - mu[2]};
            for (int r = 0; r < 3; r++) {
                for (int c = r; c < 3; c++) {
                    cov[r][c] += x[r] * x[c];
                }
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int c = r; c < 3; c++) {
                cov[r][c] /= plane;
                cov[c][r] = cov[r][c];
            }
        }
        return cov;
    }

    private static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] inv = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                // adjugate: cofactor of (j, i)
                int r0 = (j + 1) % 3;
                int r1 = (j + 2) % 3;
                int c0 = (i + 1) % 3;
                int c1 = (i + 2) % 3;
                inv[i][j] = (m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0]) / det;
            }
        }
        return inv;
    }
}
