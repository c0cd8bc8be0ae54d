package dev.easel.memory;

import dev.easel.stylize.TilePlan;

/**
 * Peak memory (heap and native together) of a method at an output size: a fixed part, a working set per pixel
 * (of the whole picture, or above the size where the method switches to tiles, of one tile with its margins),
 * and a stored part per pixel for the whole pictures and optimizer state every plan keeps.
 *
 * <p>Measured once as peak RSS ({@code /usr/bin/time -f %M}, -Xmx6g, 2 busy cores) of {@code easel stylize} on
 * tubingen.jpg (4:3): gatys (2 iterations, no coarse levels) at 256/512/1024 px: 0.49/1.03/2.25 GB; realtime candy
 * at 512/1024/2048 px: 0.37/0.72/0.99 GB (2048 is tiled); adain at 512/1024 px: 0.64/1.32 GB. The per-pixel
 * figures are the slopes between those runs, rounded up; tiled Gatys (not measured: minutes) adds L-BFGS's ten
 * (s, y) pairs and about ten whole-image vectors, 3 floats a pixel each. An estimate that errs on the large side.
 */
public enum MemoryEstimate {
    /** Gatys: VGG's activations and their gradients; tiled above 1 MP (GatysSettings), 512 px tiles. */
    GATYS(550L << 20, 2_048, 1L << 20, 640 * 640, 400),
    /** realtime and multi networks, tiled as {@link TilePlan#TRANSFORMER} says (768 px cores with their margins). */
    NETWORK(300L << 20, 640, TilePlan.TRANSFORMER.abovePixels(), 900 * 900, 100),
    /** arbitrary (AdaIN, Yanai, WCT): VGG encoder and decoder, tiled as {@link TilePlan#ADAIN} says (512 px cores). */
    ARBITRARY(450L << 20, 1_280, TilePlan.ADAIN.abovePixels(), 700 * 700, 100),
    /** Pictures alone (contact sheets): float RGB copies, the 8-bit image written and its encoder's buffers. */
    PICTURES(64L << 20, 0, 0, 0, 64);

    private final Footprint footprint;

    MemoryEstimate(long fixedBytes, long workingBytesPerPixel, long tileAbovePixels, long tilePixels, long storedBytesPerPixel) {
        this.footprint = new Footprint(fixedBytes, workingBytesPerPixel, tileAbovePixels, tilePixels, storedBytesPerPixel);
    }

    /** The most pixels a picture can have: its float RGB values are one Java array. */
    public static final long MAX_PICTURE_PIXELS = (Integer.MAX_VALUE - 8) / 3;

    /** Estimated peak bytes for an output of {@code width} x {@code height}; Long.MAX_VALUE when no picture can hold it. */
    public long bytes(long width, long height) {
        try {
            long pixels = Math.multiplyExact(width, height);
            return pixels > MAX_PICTURE_PIXELS ? Long.MAX_VALUE : footprint.bytes(pixels);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** One method's measured figures (see the class comment); all in bytes or pixels, none negative. */
    private record Footprint(long fixedBytes, long workingBytesPerPixel, long tileAbovePixels, long tilePixels,
                             long storedBytesPerPixel) {
        Footprint {
            if (fixedBytes < 0 || workingBytesPerPixel < 0 || tileAbovePixels < 0 || tilePixels < 0 || storedBytesPerPixel < 0) {
                throw new IllegalArgumentException("memory figures must be >= 0");
            }
        }

        /** Peak bytes for a picture of {@code pixels}; throws ArithmeticException past a long. */
        long bytes(long pixels) {
            long working = Math.multiplyExact(pixels > tileAbovePixels ? tilePixels : pixels, workingBytesPerPixel);
            return Math.addExact(Math.addExact(fixedBytes, working), Math.multiplyExact(pixels, storedBytesPerPixel));
        }
    }
}
