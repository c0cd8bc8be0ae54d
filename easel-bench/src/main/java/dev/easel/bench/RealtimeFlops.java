package dev.easel.bench;

import dev.easel.nets.Architecture;

/**
 * Convolution FLOPs of one forward pass of {@link dev.easel.nets.TransformerNet}: 2 x multiply-adds, as
 * GFLOP figures are usually quoted. Instance norm, ReLU, upsampling and padding are ignored (a few percent).
 */
public final class RealtimeFlops {
    private RealtimeFlops() {
    }

    public static double forwardFlops(Architecture a, int width, int height) {
        // The network first pads both sides to a multiple of 4, so the stride-2 levels divide exactly.
        double full = (double) roundUp4(width) * roundUp4(height);
        double half = full / 4;
        double quarter = full / 16;
        int[] c = a.channels();
        int k2 = a.outerKernel() * a.outerKernel();
        double residualConv = a.separable() ? 9.0 * c[2] + (double) c[2] * c[2] : 9.0 * c[2] * c[2];
        double inputs = a.noiseInput() ? 4.0 : 3.0;   // RGB (+ noise)
        double macs = k2 * inputs * c[0] * full      // enc1
            + 9.0 * c[0] * c[1] * half                 // enc2, stride 2
            + 9.0 * c[1] * c[2] * quarter              // enc3, stride 2
            + 2.0 * a.residualBlocks() * residualConv * quarter
            + 9.0 * c[2] * c[1] * half                 // up1, after 2x upsampling
            + 9.0 * c[1] * c[0] * full                 // up2
            + k2 * c[0] * 3.0 * full;                  // out
        return 2 * macs;
    }

    private static long roundUp4(int n) {
        return (n + 3L) / 4 * 4;
    }
}
