package dev.easel.nets;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.easel.engine.Engines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The phase form of "enlarge 2x, then a reflection-padded 3x3 convolution" against the direct form. */
class UpsampledConvTest {
    @Test
    void equalsTheConvolutionOfTheEnlargementForOddAndEvenSides() {
        try (NDManager m = Engines.manager()) {
            for (long[] side : new long[][] {{5, 7}, {8, 8}, {1, 3}}) {
                NDArray x = m.randomUniform(-1, 1, new Shape(2, 6, side[0], side[1]));
                NDArray w = m.randomUniform(-1, 1, new Shape(4, 6, 3, 3));
                NDArray b = m.randomUniform(-1, 1, new Shape(4));
                NDArray direct;
                try (NDArray up = Ops.upsample2(x)) {
                    direct = Ops.conv(up, w, b, 1, 1);
                }
                NDArray phased = Ops.upsampleConv(x, w, b);
                assertThat(phased.getShape()).isEqualTo(new Shape(2, 4, 2 * side[0], 2 * side[1]));
                // outputs are sums of 54 products of magnitude <= 1: float rounding stays far below 1e-4
                assertThat(maxAbsDifference(phased, direct)).as("%dx%d", side[0], side[1]).isLessThan(1e-4f);
            }
        }
    }

    @Test
    void aSinglePixelKernelTapLandsWhereTheDirectFormPutsIt() {
        try (NDManager m = Engines.manager()) {
            NDArray x = m.arange(12f).reshape(1, 1, 3, 4);
            for (int tap = 0; tap < 9; tap++) {
                float[] k = new float[9];
                k[tap] = 1;
                NDArray w = m.create(k, new Shape(1, 1, 3, 3));
                NDArray direct;
                try (NDArray up = Ops.upsample2(x)) {
                    direct = Ops.conv(up, w, null, 1, 1);
                }
                // a one-hot kernel shifts the enlargement: exact, no rounding
                assertThat(Ops.upsampleConv(x, w, null).toFloatArray()).as("tap %d", tap).containsExactly(direct.toFloatArray());
            }
        }
    }

    @Test
    void gradientsEqualTheDirectForms() {
        try (NDManager m = Engines.manager()) {
            NDArray x = m.randomUniform(-1, 1, new Shape(1, 3, 5, 6));
            NDArray w = m.randomUniform(-1, 1, new Shape(16, 3, 3, 3));
            NDArray target = m.randomUniform(-1, 1, new Shape(1, 16, 10, 12));
            float[][] direct = gradients(x, w, target, false);
            float[][] phased = gradients(x, w, target, true);
            for (int i = 0; i < 2; i++) {
                assertThat(maxAbsDifference(m.create(phased[i]), m.create(direct[i]))).as(i == 0 ? "input" : "weight").isLessThan(1e-3f);
            }
        }
    }

    /** The gradients of a squared error after the convolution, to the input and to the weight. */
    private static float[][] gradients(NDArray x0, NDArray w0, NDArray target, boolean phased) {
        NDArray x = x0.duplicate();
        NDArray w = w0.duplicate();
        x.setRequiresGradient(true);
        w.setRequiresGradient(true);
        try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
            NDArray y = phased ? Ops.upsampleConv(x, w, null) : Ops.conv(Ops.upsample2(x), w, null, 1, 1);
            c.backward(y.sub(target).square().sum());
        }
        return new float[][] {x.getGradient().toFloatArray(), w.getGradient().toFloatArray()};
    }

    private static float maxAbsDifference(NDArray a, NDArray b) {
        return a.sub(b).abs().max().getFloat();
    }
}
