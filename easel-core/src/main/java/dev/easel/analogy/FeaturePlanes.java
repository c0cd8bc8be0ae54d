package dev.easel.analogy;

/**
 * Some channels of one pyramid level, each padded by a replicated border so that patch lookups near the
 * edges need no bounds checks (the distance loop is the whole cost of an analogy).
 */
final class FeaturePlanes {
    final int width;
    final int height;
    final int border;
    final int stride;
    final float[][] planes;

    private FeaturePlanes(int width, int height, int border, float[][] planes) {
        this.width = width;
        this.height = height;
        this.border = border;
        this.stride = width + 2 * border;
        this.planes = planes;
    }

    /** Channels {@code first .. first + count - 1} of planar data of {@code width x height}. */
    static FeaturePlanes of(float[] planar, int width, int height, int first, int count, int border) {
        FeaturePlanes f = new FeaturePlanes(width, height, border, new float[count][(width + 2 * border) * (height + 2 * border)]);
        int plane = width * height;
        for (int c = 0; c < count; c++) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(planar, (first + c) * plane + y * width, f.planes[c], f.index(0, y), width);
            }
        }
        f.fillBorder();
        return f;
    }

    int channels() {
        return planes.length;
    }

    /** Where pixel (x, y) lives in each padded plane. */
    int index(int x, int y) {
        return (y + border) * stride + x + border;
    }

    float get(int c, int x, int y) {
        return planes[c][index(x, y)];
    }

    void set(int c, int x, int y, float value) {
        planes[c][index(x, y)] = value;
    }

    /** Index offsets of a square patch of the given radius, row by row. */
    int[] offsets(int radius) {
        int side = 2 * radius + 1;
        int[] out = new int[side * side];
        int k = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                out[k++] = dy * stride + dx;
            }
        }
        return out;
    }

    /** Copies the outermost pixels into the border; call after the interior changed. */
    void fillBorder() {
        for (float[] p : planes) {
            for (int y = 0; y < height; y++) {
                int row = index(0, y);
                for (int b = 1; b <= border; b++) {
                    p[row - b] = p[row];
                    p[row + width - 1 + b] = p[row + width - 1];
                }
            }
            int firstRow = index(-border, 0);
            int lastRow = index(-border, height - 1);
            for (int b = 1; b <= border; b++) {
                System.arraycopy(p, firstRow, p, firstRow - b * stride, stride);
                System.arraycopy(p, lastRow, p, lastRow + b * stride, stride);
            }
        }
    }
}
