package dev.easel.image;

import java.util.Arrays;

/**
 * An RGB image as planar floats (channel-major: all R, then all G, then all B), values 0..255, with an
 * optional alpha plane (0..255) that methods never paint: it is carried beside the colours, resized with the
 * picture and written back where the file format keeps it. Where a photo is transparent its colours are
 * composited on white, so the methods see an ordinary photo.
 * Engine-independent so that image I/O, colour transforms and tests need no tensor library;
 * the layout matches a 1x3xHxW tensor so conversion is a single copy.
 */
public final class Picture {
    private final int width;
    private final int height;
    private final float[] data;
    private final float[] alpha;

    public Picture(int width, int height, float[] data) {
        this(width, height, data, null);
    }

    /** @param alpha width x height values 0..255, or null for an opaque picture */
    public Picture(int width, int height, float[] data, float[] alpha) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (data.length != 3L * width * height) {
            throw new IllegalArgumentException("expected " + 3L * width * height + " values, got " + data.length);
        }
        if (alpha != null && alpha.length != (long) width * height) {
            throw new IllegalArgumentException("expected " + (long) width * height + " alpha values, got " + alpha.length);
        }
        this.width = width;
        this.height = height;
        this.data = data;
        this.alpha = alpha;
    }

    /** This picture's colours with {@code alpha} (width x height values 0..255; null for opaque). */
    public Picture withAlpha(float[] alpha) {
        return new Picture(width, height, data, alpha);
    }

    /** The alpha plane (not a copy), 0..255, or null where the picture is opaque. */
    public float[] alpha() {
        return alpha;
    }

    public static Picture blank(int width, int height) {
        return new Picture(width, height, new float[3 * width * height]);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long pixels() {
        return (long) width * height;
    }

    /** The backing array (not a copy): planar RGB, 0..255. */
    public float[] data() {
        return data;
    }

    public float get(int channel, int x, int y) {
        return data[(channel * height + y) * width + x];
    }

    public void set(int channel, int x, int y, float value) {
        data[(channel * height + y) * width + x] = value;
    }

    public Picture copy() {
        return new Picture(width, height, Arrays.copyOf(data, data.length), alpha == null ? null : Arrays.copyOf(alpha, alpha.length));
    }

    /** A copy with every value clamped to 0..255 and non-finite values replaced by 0. */
    public Picture clamped() {
        float[] out = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            float v = data[i];
            out[i] = Float.isNaN(v) ? 0f : Math.max(0f, Math.min(255f, v));
        }
        return new Picture(width, height, out, alpha);
    }

    /** What an 8-bit file of this picture holds: clamped to 0..255 and rounded to whole levels. */
    public Picture quantized() {
        float[] out = clamped().data;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.round(out[i]);
        }
        return new Picture(width, height, out, alpha);
    }

    @Override
    public String toString() {
        return "Picture[" + width + "x" + height + "]";
    }
}
