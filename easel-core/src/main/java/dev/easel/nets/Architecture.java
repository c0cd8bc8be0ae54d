package dev.easel.nets;

/**
 * The shape of a Johnson-style transformer network: three encoder convolutions (the 2nd and 3rd with
 * stride 2), residual blocks, two nearest-upsample + conv decoders and an output convolution.
 *
 * @param name            the --arch name
 * @param channels        widths of the three encoder stages (the decoder mirrors them)
 * @param residualBlocks  residual blocks at the lowest resolution
 * @param outerKernel     kernel of the first and last convolution (Johnson: 9)
 * @param separable       residual convolutions as depthwise 3x3 + pointwise 1x1 (MobileNet-style)
 * @param residualOutput  the network adds its output to the photo instead of painting from grey: it starts
 *                        as the identity, so content is kept from step 0 and training only learns the style
 *                        (converges in CPU-minutes, where Johnson's from-scratch output took hours)
 * @param noiseInput      a fourth input channel of {@link PixelNoise}: without it a residual network cannot
 *                        paint texture into flat regions (a clear sky stays untouched)
 */
public record Architecture(String name, int[] channels, int residualBlocks, int outerKernel, boolean separable,
                           boolean residualOutput, boolean noiseInput) {

    /** Johnson et al. 2016 as published: 32-64-128, five residual blocks, 9x9 outer kernels. */
    public static final Architecture JOHNSON = new Architecture("johnson", new int[] {32, 64, 128}, 5, 9, false, false, false);
    /**
     * Johnson's widths with a residual output and a noise channel: starts as the identity, so content is kept
     * from step 0, where the non-residual network trained on a CPU budget collapsed into content-blind texture.
     */
    public static final Architecture WIDE = new Architecture("wide", new int[] {32, 64, 128}, 5, 9, false, true, true);
    /** Half width with a residual output and a noise channel: a quarter of Johnson's FLOPs. */
    public static final Architecture HALF = new Architecture("half", new int[] {16, 32, 64}, 5, 9, false, true, true);
    /** Half width, separable residual blocks, 5x5 outer kernels, residual output, noise channel: the cheapest to run. */
    public static final Architecture COMPACT = new Architecture("compact", new int[] {16, 32, 64}, 5, 5, true, true, true);

    public static Architecture named(String name) {
        for (Architecture a : new Architecture[] {JOHNSON, WIDE, HALF, COMPACT}) {
            if (a.name.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + name + "'; choose johnson, wide, half or compact");
    }
}
