package dev.easel.memory;

/**
 * Peak memory of an Image Analogy ({@code dev.easel.analogy}). It runs in plain Java with no engine and no tiles:
 * the JVM, then per pixel of the output B' and per pixel of the example A (A and A' alike) their pyramids,
 * remapped copies, padded feature planes and the source map, so it is linear in both. Unlike {@link MemoryEstimate}
 * it needs the example's size: a pair is used as given, whatever the output size.
 *
 * <p>Measured as peak RSS ({@code /usr/bin/time -f %M}, -Xmx6g, one run per process, 2 busy cores) of
 * {@code easel analogy}: painterly (A' starry_night.jpg at the output's long side, B tubingen.jpg) at 512/1024/2048
 * px: 130/231/599 MB; a 1024x768 pair on B at 256/1024 px: 175/221 MB; full colour at 1024 px: 274 MB. A least
 * squares fit gives 98 MB + 94 B per example pixel + 88 B per output pixel (luminance); full colour adds about
 * 30 B a pixel (three channels in the feature planes). The figures below are those rounded up, erring large by
 * 20-40% at the measured sizes. (easel bench analogy's 342-359 MB at 512x384 is a process that ran four analogies
 * and kept their garbage, not one run's peak.)
 */
public final class AnalogyEstimate {
    /** The JVM and the code: what a tiny analogy takes. */
    static final long FIXED_BYTES = 128L << 20;
    static final long BYTES_PER_PIXEL = 112;
    static final long FULL_COLOR_BYTES_PER_PIXEL = 144;

    private AnalogyEstimate() {
    }

    /**
     * Estimated peak bytes for an output of {@code width} x {@code height} from an example of {@code exampleWidth}
     * x {@code exampleHeight}; Long.MAX_VALUE when no picture can hold either.
     *
     * @param fullColor whether all three channels are matched (more feature planes) rather than luminance alone
     */
    public static long bytes(long width, long height, long exampleWidth, long exampleHeight, boolean fullColor) {
        long heap = heapBytes(width, height, exampleWidth, exampleHeight, fullColor);
        return heap == Long.MAX_VALUE ? heap : heap + FIXED_BYTES;
    }

    /** The part of {@link #bytes} on the Java heap: all but the JVM's own (every picture is a Java array). */
    public static long heapBytes(long width, long height, long exampleWidth, long exampleHeight, boolean fullColor) {
        try {
            long output = Math.multiplyExact(width, height);
            long example = Math.multiplyExact(exampleWidth, exampleHeight);
            if (output > MemoryEstimate.MAX_PICTURE_PIXELS || example > MemoryEstimate.MAX_PICTURE_PIXELS) {
                return Long.MAX_VALUE;
            }
            return Math.multiplyExact(output + example, fullColor ? FULL_COLOR_BYTES_PER_PIXEL : BYTES_PER_PIXEL);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
