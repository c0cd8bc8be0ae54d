package dev.easel.video;

import dev.easel.image.Picture;

/**
 * Motion between two frames as one whole-pixel vector per square block: the content at (x, y) in the
 * current frame was at (x + dx, y + dy) in the previous one. Whole pixels make warping an exact copy, so a
 * picture warped frame after frame never blurs.
 */
public final class FlowField {
    private final int width;
    private final int height;
    private final int block;
    private final int cols;
    private final int rows;
    private final int[] dx;
    private final int[] dy;

    FlowField(int width, int height, int block, int[] dx, int[] dy) {
        this.width = width;
        this.height = height;
        this.block = block;
        this.cols = (width + block - 1) / block;
        this.rows = (height + block - 1) / block;
        if (dx.length != cols * rows || dy.length != cols * rows) {
            throw new IllegalArgumentException("one vector per block expected");
        }
        this.dx = dx;
        this.dy = dy;
    }

    /** No motion anywhere. */
    public static FlowField zero(int width, int height, int block) {
        int n = ((width + block - 1) / block) * ((height + block - 1) / block);
        return new FlowField(width, height, block, new int[n], new int[n]);
    }

    public int dx(int x, int y) {
        return dx[(y / block) * cols + x / block];
    }

    public int dy(int x, int y) {
        return dy[(y / block) * cols + x / block];
    }

    /** {@code previous} moved to where its content is in the current frame (edges repeat at the border). */
    public Picture warp(Picture previous) {
        if (previous.width() != width || previous.height() != height) {
            throw new IllegalArgumentException("flow is " + width + "x" + height + ", picture is " + previous);
        }
        float[] src = previous.data();
        float[] out = new float[src.length];
        int plane = width * height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int b = (y / block) * cols + x / block;
                int sx = clamp(x + dx[b], width);
                int sy = clamp(y + dy[b], height);
                int from = sy * width + sx;
                int to = y * width + x;
                out[to] = src[from];
                out[plane + to] = src[plane + from];
                out[2 * plane + to] = src[2 * plane + from];
            }
        }
        return new Picture(width, height, out);
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : v >= size ? size - 1 : v;
    }
}
