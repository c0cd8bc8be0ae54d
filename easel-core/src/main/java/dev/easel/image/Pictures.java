package dev.easel.image;

/** Rectangle copies between pictures, for tiling. */
public final class Pictures {
    private Pictures() {
    }

    /** The region [x0, x1) x [y0, y1) as a new picture. */
    public static Picture crop(Picture src, int x0, int y0, int x1, int y1) {
        Picture out = Picture.blank(x1 - x0, y1 - y0);
        paste(src, x0, y0, x1 - x0, y1 - y0, out, 0, 0);
        return out;
    }

    /** Copies a w x h region of {@code src} at (sx, sy) into {@code dst} at (dx, dy). */
    public static void paste(Picture src, int sx, int sy, int w, int h, Picture dst, int dx, int dy) {
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(src.data(), (c * src.height() + sy + y) * src.width() + sx,
                    dst.data(), (c * dst.height() + dy + y) * dst.width() + dx, w);
            }
        }
    }
}
