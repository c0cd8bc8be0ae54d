package dev.easel.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;

/**
 * Converts between decoded BufferedImages and Pictures: transparent colours are composited onto white for the
 * methods, and the alpha itself is kept beside them (only when some pixel is not opaque).
 */
final class Rasters {
    private Rasters() {
    }

    static Picture toPicture(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        ColorSpace cs = cm.getColorSpace();
        boolean direct = cm instanceof ComponentColorModel
                && (cs.getType() == ColorSpace.TYPE_GRAY || cs.isCS_sRGB());
        return direct ? fromSamples(image, cm) : fromArgb(image);
    }

    /**
     * Reads component samples directly: keeps the precision of 16-bit PNGs, and treats grey values
     * as already gamma-encoded (Java's grey colour space is linear, so getRGB would brighten them).
     */
    private static Picture fromSamples(BufferedImage image, ColorModel cm) {
        int w = image.getWidth();
        int h = image.getHeight();
        int colors = cm.getNumColorComponents();
        boolean alpha = cm.hasAlpha();
        boolean premultiplied = cm.isAlphaPremultiplied();
        float[] scale = new float[cm.getNumComponents()]; // sample -> 0..255 (exact for 8-bit)
        for (int b = 0; b < scale.length; b++) {
            scale[b] = 255f / ((1L << cm.getComponentSize(b)) - 1);
        }
        Raster raster = image.getRaster();
        float[] out = new float[3 * w * h];
        int plane = w * h;
        float[] opacity = alpha ? new float[plane] : null;
        float[] row = new float[w * raster.getNumBands()];
        int bands = raster.getNumBands();
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int base = x * bands;
                float a = alpha ? row[base + colors] * scale[colors] / 255f : 1f;
                if (alpha) {
                    opacity[y * w + x] = a * 255f;
                }
                for (int c = 0; c < 3; c++) {
                    int band = colors == 1 ? 0 : c;
                    float v = row[base + band] * scale[band];
                    // Composite on white: straight alpha needs v*a, premultiplied already has it.
                    out[c * plane + y * w + x] = (premultiplied ? v : v * a) + 255f * (1f - a);
                }
            }
        }
        return new Picture(w, h, out, translucent(opacity));
    }

    /** Palette, packed and non-sRGB images: let Java convert to sRGB (non-premultiplied ARGB). */
    private static Picture fromArgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] out = new float[3 * w * h];
        int plane = w * h;
        float[] opacity = image.getColorModel().hasAlpha() ? new float[plane] : null;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                float a = (argb >>> 24) / 255f;
                int i = y * w + x;
                if (opacity != null) {
                    opacity[i] = argb >>> 24;
                }
                out[i] = ((argb >> 16) & 0xFF) * a + 255f * (1f - a);
                out[plane + i] = ((argb >> 8) & 0xFF) * a + 255f * (1f - a);
                out[2 * plane + i] = (argb & 0xFF) * a + 255f * (1f - a);
            }
        }
        return new Picture(w, h, out, translucent(opacity));
    }

    /** The alpha plane if some pixel is not fully opaque, else null: opaque pictures carry no plane. */
    private static float[] translucent(float[] opacity) {
        if (opacity != null) {
            for (float a : opacity) {
                if (a < 255f) {
                    return opacity;
                }
            }
        }
        return null;
    }

    /** An 8-bit sRGB image: values clamped to 0..255 and rounded to the nearest level. */
    static BufferedImage toBufferedImage(Picture picture) {
        return toBufferedImage(picture, false);
    }

    /** As {@link #toBufferedImage(Picture)}, with the picture's alpha when it has one and {@code keepAlpha}. */
    static BufferedImage toBufferedImage(Picture picture, boolean keepAlpha) {
        int w = picture.width();
        int h = picture.height();
        float[] data = picture.data();
        float[] alpha = keepAlpha ? picture.alpha() : null;
        int plane = w * h;
        BufferedImage image = new BufferedImage(w, h, alpha != null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                row[x] = to8(data[i]) << 16 | to8(data[plane + i]) << 8 | to8(data[2 * plane + i])
                    | (alpha != null ? to8(alpha[i]) << 24 : 0);
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
        return image;
    }

    private static int to8(float v) {
        if (!(v > 0f)) { // also catches NaN
            return 0;
        }
        return v >= 255f ? 255 : Math.round(v);
    }
}
