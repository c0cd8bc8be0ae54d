package dev.easel.stylize;

import dev.easel.image.Picture;

/**
 * When a feed-forward network paints a picture in tiles, and how large they are: one whole pass up to
 * {@code abovePixels}, tiles with cores of {@code size} px above, so memory stays bounded for any picture.
 *
 * @param abovePixels pictures with more pixels than this are tiled (0 tiles every picture, as tests do)
 * @param size        side of a tile's core in pixels
 */
public record TilePlan(long abovePixels, int size) {
    /** The transformer networks (real-time, multi, Yanai): peak RSS about 1.4 GB at 2.2 MP with compact. */
    public static final TilePlan TRANSFORMER = new TilePlan(2_400_000, 768);
    /** AdaIN: the full-resolution decoder layers are 64 channels wide, so it tiles at half a transformer's pixels. */
    public static final TilePlan ADAIN = new TilePlan(1_200_000, 512);

    public TilePlan {
        if (abovePixels < 0 || size < 8) {
            throw new IllegalArgumentException("tiles need a size of at least 8 px and a threshold of at least 0, got "
                + size + " and " + abovePixels);
        }
    }

    /** Whether {@code photo} is painted in tiles. */
    public boolean tiles(Picture photo) {
        return photo.pixels() > abovePixels;
    }
}
