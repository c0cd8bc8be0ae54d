package dev.easel.image;

import java.util.ArrayList;
import java.util.List;

/**
 * One tile of a picture cut into a grid: its core (the pixels it is responsible for, x0..x1 by y0..y1) and
 * the padded region it is computed from (the core plus a halo, clipped to the picture). Networks see the
 * padded region so that every pixel of the core has its whole receptive field.
 */
public record Tile(int x0, int y0, int x1, int y1, int px0, int py0, int px1, int py1) {
    public Tile {
        if (!(px0 <= x0 && x0 < x1 && x1 <= px1 && py0 <= y0 && y0 < y1 && y1 <= py1 && px0 >= 0 && py0 >= 0)) {
            throw new IllegalArgumentException("a tile's core must lie inside its padded region, got " + x0 + "," + y0
                + "-" + x1 + "," + y1 + " in " + px0 + "," + py0 + "-" + px1 + "," + py1);
        }
    }

    /**
     * Cores of side {@code core} (smaller at the right and bottom edges), row by row, each padded by
     * {@code halo} on every side that has picture.
     */
    public static List<Tile> grid(int width, int height, int core, int halo) {
        if (core < 1 || halo < 0) {
            throw new IllegalArgumentException("tiles need a core of at least 1 px and a halo of at least 0, got " + core + ", " + halo);
        }
        List<Tile> tiles = new ArrayList<>();
        for (int y0 = 0; y0 < height; y0 += core) {
            int y1 = Math.min(height, y0 + core);
            for (int x0 = 0; x0 < width; x0 += core) {
                int x1 = Math.min(width, x0 + core);
                tiles.add(new Tile(x0, y0, x1, y1, Math.max(0, x0 - halo), Math.max(0, y0 - halo),
                    Math.min(width, x1 + halo), Math.min(height, y1 + halo)));
            }
        }
        return tiles;
    }

    public int paddedWidth() {
        return px1 - px0;
    }

    public int paddedHeight() {
        return py1 - py0;
    }

    /** The padded region of {@code picture}. */
    public Picture crop(Picture picture) {
        return Pictures.crop(picture, px0, py0, px1, py1);
    }

    /** Copies the core of {@code padded} (a picture of the padded region) into its place in {@code out}. */
    public void pasteCore(Picture padded, Picture out) {
        Pictures.paste(padded, x0 - px0, y0 - py0, x1 - x0, y1 - y0, out, x0, y0);
    }
}
