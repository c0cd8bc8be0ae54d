package dev.easel.nets;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.easel.engine.Engines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input gradient of a convolution with few output channels (the style networks' RGB output layer).
 * libtorch 2.7.1 gets it wrong on AVX-512 processors unless {@link Ops#conv} widens the layer while
 * autograd records (see {@link Ops#needsWidePass}).
 */
class OpsGradientTest {
    @Test
    void inputGradientOfAThreeChannelConvolutionIsExact() {
        try (NDManager root = Engines.manager()) {
            for (int inChannels : new int[] {4, 16, 64}) {
                for (int run = 0; run < 5; run++) {
                    try (NDManager step = root.newSubManager()) {
                        NDArray x = step.ones(new Shape(2, inChannels, 24, 24));
                        x.setRequiresGradient(true);
                        NDArray w = step.ones(new Shape(3, inChannels, 3, 3));
                        w.setRequiresGradient(true);
                        NDArray b = step.zeros(new Shape(3));
                        NDArray y;
                        try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
                            y = Ops.conv(x, w, b, 1, 1);
                            c.backward(y.sum());
                        }
                        assertThat(y.getShape()).isEqualTo(new Shape(2, 3, 24, 24));
                        // all ones, reflection padding: every output is the sum of 9 taps over all input channels
                        assertThat(y.toFloatArray()).containsOnly(9f * inChannels);
                        // an inner pixel feeds 9 positions of each of the 3 filters, each with weight 1
                        float[] gx = x.getGradient().toFloatArray();
                        for (int n = 0; n < 2; n++) {
                            for (int ch = 0; ch < inChannels; ch++) {
                                int at = ((n * inChannels + ch) * 24 + 12) * 24 + 12;
                                assertThat(gx[at]).as("input gradient, image %d channel %d, run %d", n, ch, run).isEqualTo(27f);
                            }
                        }
                        // each tap of each filter sees every position of both images once
                        assertThat(w.getGradient().toFloatArray()).containsOnly(2f * 24 * 24);
                    }
                }
            }
        }
    }
}
