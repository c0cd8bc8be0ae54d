package dev.easel.image;

/**
 * Paints a picture tile by tile with bounded memory: each tile's padded region goes through a per-tile
 * function and only its core is kept. Whatever the tiles must share (e.g. normalization statistics of the
 * whole picture) the caller computes first and captures in that function, so all tiles are painted alike.
 */
public final class Tiling {
    private Tiling() {
    }

    /** Paints one tile: {@code padded} is the tile's padded region of the picture; returns a picture of the same size. */
    @FunctionalInterface
    public interface TilePainter {
        Picture paint(Tile tile, Picture padded);
    }

    /** Receives (tiles done, tiles in all) after each tile. */
    @FunctionalInterface
    public interface TileProgress {
        void onTile(int done, int total);
    }

    /** {@code picture} painted tile by tile over {@link Tile#grid}, reporting each tile done. */
    public static Picture paint(Picture picture, int core, int halo, TilePainter painter, TileProgress progress) {
        Picture out = Picture.blank(picture.width(), picture.height());
        var tiles = Tile.grid(picture.width(), picture.height(), core, halo);
        int done = 0;
        for (Tile tile : tiles) {
            tile.pasteCore(painter.paint(tile, tile.crop(picture)), out);
            progress.onTile(++done, tiles.size());
        }
        return out;
    }
}
