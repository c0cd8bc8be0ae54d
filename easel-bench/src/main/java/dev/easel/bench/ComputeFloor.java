package dev.easel.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Engines;

/**
 * A lower bound on the time of one objective evaluation: the convolution FLOPs of VGG19 up to conv3_2
 * (the deepest layer the Gatys loss needs), forward plus the backward pass to the input, divided by the
 * machine's best matrix-multiply rate. Losses, Grams, ReLUs and pooling are ignored (a few percent).
 */
public final class ComputeFloor {
    /** VGG19 convolutions to conv3_2: {input channels, output channels, pooling steps before it}. */
    private static final int[][] CONVS = {
        {3, 64, 0}, {64, 64, 0}, {64, 128, 1}, {128, 128, 1}, {128, 256, 2}, {256, 256, 2}};

    private ComputeFloor() {
    }

    /** Forward FLOPs: 2*k*k*Cin*Cout*H*W per 3x3 convolution (stride 1, padded), 2x2 pools floor the size. */
    public static double forwardFlops(int width, int height) {
        double flops = 0;
        for (int[] c : CONVS) {
            long w = width >> c[2];
            long h = height >> c[2];
            flops += 2.0 * 9 * c[0] * c[1] * w * h;
        }
        return flops;
    }

    /**
     * One evaluation: forward plus a backward pass w.r.t. the input only (the weights are constants), which
     * costs about as much as the forward. conv1_1's input gradient is cheap, but counting it keeps this simple.
     */
    public static double evaluationFlops(int width, int height) {
        return 2 * forwardFlops(width, height);
    }

    /** Floor in ms for one evaluation at the given peak rate. */
    public static double floorMs(int width, int height, double peakGflops) {
        return evaluationFlops(width, height) / (peakGflops * 1e9) * 1e3;
    }

    /**
     * The best of several timed n x n fp32 matrix multiplications in DJL (engine threads as configured),
     * GFLOP/s. The best, not the median: this is the peak the convolutions could at most reach.
     */
    public static double measurePeakGflops(int n, int repeats) {
        try (NDManager m = Engines.manager()) {
            NDArray a = m.randomUniform(-1, 1, new Shape(n, n));
            NDArray b = m.randomUniform(-1, 1, new Shape(n, n));
            for (int i = 0; i < 2; i++) {
                a.matMul(b).close(); // warm-up: thread pool and caches
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                long t = System.nanoTime();
                a.matMul(b).close(); // CPU ops are synchronous
                best = Math.min(best, System.nanoTime() - t);
            }
            return 2.0 * n * n * n / best; // FLOP per ns = GFLOP/s
        }
    }
}
