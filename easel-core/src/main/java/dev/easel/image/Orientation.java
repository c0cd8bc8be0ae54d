package dev.easel.image;

/** Applies an EXIF orientation (1..8) so the picture looks the way the camera showed it. */
final class Orientation {
    private Orientation() {
    }

    static boolean swapsAxes(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    static Picture apply(Picture src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.width();
        int h = src.height();
        int outW = swapsAxes(orientation) ? h : w;
        int outH = swapsAxes(orientation) ? w : h;
        Picture out = Picture.blank(outW, outH);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < outW; x++) {
                    int sx;
                    int sy;
                    switch (orientation) {
                        case 2 -> { sx = w - 1 - x; sy = y; }          // mirror horizontally
                        case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }  // rotate 180
                        case 4 -> { sx = x; sy = h - 1 - y; }          // mirror vertically
                        case 5 -> { sx = y; sy = x; }                  // transpose
                        case 6 -> { sx = y; sy = h - 1 - x; }          // rotate 90 clockwise
                        case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }  // transverse
                        default -> { sx = w - 1 - y; sy = x; }         // 8: rotate 90 counter-clockwise
                    }
                    out.set(c, x, y, src.get(c, sx, sy));
                }
            }
        }
        return out;
    }
}
