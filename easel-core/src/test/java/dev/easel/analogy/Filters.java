package dev.easel.analogy;

import dev.easel.image.Picture;

/** The true filters an analogy should learn, and how close a picture comes to another. */
final class Filters {
    private Filters() {
    }

    /** Gaussian blur of every channel (edges replicated). */
    static Picture blur(Picture p, double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        float total = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            total += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= total;
        }
        float[][] kernel = new float[k.length][k.length];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                kernel[i][j] = k[i] * k[j];
            }
        }
        return convolve(p, kernel, 0f);
    }

    /**
     * Emboss as image editors do it: a grey relief, 128 plus half the luminance difference across the
     * diagonal (light from the top left), the same in every channel.
     */
    static Picture emboss(Picture p) {
        Picture gray = Picture.blank(p.width(), p.height());
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                float l = 0.299f * p.get(0, x, y) + 0.587f * p.get(1, x, y) + 0.114f * p.get(2, x, y);
                for (int c = 0; c < 3; c++) {
                    gray.set(c, x, y, l);
                }
            }
        }
        return convolve(gray, new float[][] {{-0.5f, 0, 0}, {0, 0, 0}, {0, 0, 0.5f}}, 128f);
    }

    static Picture convolve(Picture p, float[][] kernel, float offset) {
        int r = kernel.length / 2;
        Picture out = Picture.blank(p.width(), p.height());
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < p.height(); y++) {
                for (int x = 0; x < p.width(); x++) {
                    float sum = offset;
                    for (int dy = -r; dy <= r; dy++) {
                        for (int dx = -r; dx <= r; dx++) {
                            int sx = Math.max(0, Math.min(p.width() - 1, x + dx));
                            int sy = Math.max(0, Math.min(p.height() - 1, y + dy));
                            sum += kernel[dy + r][dx + r] * p.get(c, sx, sy);
                        }
                    }
                    out.set(c, x, y, sum);
                }
            }
        }
        return out.clamped();
    }

    /** Peak signal-to-noise ratio in dB over all three channels, peak 255. */
    static double psnr(Picture a, Picture b) {
        double sum = 0;
        for (int i = 0; i < a.data().length; i++) {
            double d = a.data()[i] - b.data()[i];
            sum += d * d;
        }
        double mse = sum / a.data().length;
        return 10 * Math.log10(255.0 * 255.0 / Math.max(mse, 1e-12));
    }
}
