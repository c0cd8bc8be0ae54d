package dev.easel.nets;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BorderPadTest {
    @Test
    void mirrorsWithoutRepeatingTheEdge() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.arange(6f).reshape(1, 1, 2, 3); // rows 0 1 2 / 3 4 5
            float[] expected = {
                4, 3, 4, 5, 4,
                1, 0, 1, 2, 1,
                4, 3, 4, 5, 4,
                1, 0, 1, 2, 1};
            assertThat(BorderPad.reflect(x, 1).toFloatArray()).containsExactly(expected);
            assertThat(BorderPad.concatenated(x, 1, true).toFloatArray()).containsExactly(expected);
        }
    }

    @Test
    void replicationRepeatsTheEdge() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.arange(6f).reshape(1, 1, 2, 3); // rows 0 1 2 / 3 4 5
            assertThat(BorderPad.replicate(x, 1).toFloatArray()).containsExactly(
                0, 0, 1, 2, 2,
                0, 0, 1, 2, 2,
                3, 3, 4, 5, 5,
                3, 3, 4, 5, 5);
        }
    }

    @Test
    void theInPlaceFillEqualsTheConcatenationsForEveryWidthAndMode() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomUniform(-1, 1, new Shape(2, 3, 9, 7));
            for (int pad = 1; pad <= 4; pad++) {
                for (boolean mirror : new boolean[] {true, false}) {
                    NDArray filled = BorderPad.filledInPlace(x, pad, mirror);
                    assertThat(filled.getShape()).isEqualTo(new Shape(2, 3, 9 + 2 * pad, 7 + 2 * pad));
                    assertThat(filled.contentEquals(BorderPad.concatenated(x, pad, mirror))).as("pad %d, mirror %b", pad, mirror).isTrue();
                }
            }
        }
    }

    @Test
    void aGradientFlowsBackToEachMirroredPixel() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.zeros(new Shape(1, 1, 3, 3));
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(BorderPad.reflect(x, 1).sum());
            }
            // rows and columns of the 5x5 result read 1 0 1 2 1: the middle row and column appear 3 times each
            assertThat(x.getGradient().toFloatArray()).containsExactly(1, 3, 1, 3, 9, 3, 1, 3, 1);
        }
    }
}
