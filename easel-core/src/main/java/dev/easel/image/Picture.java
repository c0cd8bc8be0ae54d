package dev.easel.image;

import java.util.Arrays;

/**
 * An RGB image as planar floats (channel-major: all R, then all G, then all B), values 0..255.
 * Engine-independent so that image I/O, colour transforms and tests need no tensor library;
 * the layout matches a 1x3xHxW tensor so conversion is a single copy.
 */
public final class Picture {
    private final int width;
    private final int height;
    private final float[] data;

    public Picture(int width, int height, float[] data) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (data.length != 3L * width * height) {
            throw new IllegalArgumentException("expected " + 3L * width * height + " values, got " + data.length);
        }
        this.width = width;
        this.height = height;
        this.data = data;
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
        return new Picture(width, height, Arrays.copyOf(data, data.length));
    }

    /** A copy with every value clamped to 0..255 and non-finite values replaced by 0. */
    public Picture clamped() {
        float[] out = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            float v = data[i];
            out[i] = Float.isNaN(v) ? 0f : Math.max(0f, Math.min(255f, v));
        }
        return new Picture(width, height, out);
    }

    /** What an 8-bit file of this picture holds: clamped to 0..255 and rounded to whole levels. */
    public Picture quantized() {
        float[] out = clamped().data;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.round(out[i]);
        }
        return new Picture(width, height, out);
    }

    @Override
    public String toString() {
        return "Picture[" + width + "x" + height + "]";
    }
}
