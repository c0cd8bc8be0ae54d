package dev.easel.nets.wct;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.testing.SharedVgg;
import dev.easel.testing.TestData;
import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Whitening and colouring: the moved features have the style's mean and full covariance. */
class WctTest {
    @SharedVgg
    private static FeatureNetwork vgg;

    /** 1 x 3 x h x w features whose channels are mixed by {@code mix}, offset by {@code mean}. */
    private static NDArray correlated(NDManager m, int h, int w, float[][] mix, float[] mean, long seed) {
        Random r = new Random(seed);
        int n = h * w;
        float[] data = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double[] z = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            for (int c = 0; c < 3; c++) {
                data[c * n + i] = (float) (mean[c] + mix[c][0] * z[0] + mix[c][1] * z[1] + mix[c][2] * z[2]);
            }
        }
        return m.create(data, new Shape(1, 3, h, w));
    }

    @Test
    void transferredFeaturesHaveTheStylesMeanAndCovariance() {
        try (NDManager m = vgg.newManager()) {
            NDArray content = correlated(m, 20, 20, new float[][] {{1, 0, 0}, {0.5f, 1, 0}, {0, 0, 2}}, new float[] {1, 2, 3}, 1);
            NDArray style = correlated(m, 16, 24, new float[][] {{3, 0, 0}, {-2, 1, 0}, {1, 1, 1}}, new float[] {-4, 0, 7}, 2);
            NDArray moved = Wct.transfer(content, List.of(style), new double[] {1.0});
            assertThat(moved.getShape()).isEqualTo(content.getShape());
            Wct.Moments want = Wct.moments(m, style);
            Wct.Moments got = Wct.moments(m, moved);
            float[] wantMean = want.mean().toFloatArray();
            float[] gotMean = got.mean().toFloatArray();
            for (int c = 0; c < 3; c++) {
                assertThat((double) gotMean[c]).isCloseTo(wantMean[c], within(1e-3));
            }
            for (int i = 0; i < 9; i++) {
                assertThat(got.covariance()[i]).as("covariance entry %d", i).isCloseTo(want.covariance()[i], within(1e-2));
            }
            // a style weighted 0 has no say
            NDArray other = correlated(m, 8, 8, new float[][] {{9, 0, 0}, {0, 9, 0}, {0, 0, 9}}, new float[] {50, 50, 50}, 3);
            NDArray mixed = Wct.transfer(content, List.of(style, other), new double[] {1.0, 0.0});
            assertThat(mixed.toFloatArray()).containsExactly(moved.toFloatArray());
        }
    }

    @Test
    void powerOfACovarianceInvertsAndSquareRoots() {
        double[] a = {4, 2, 0, 2, 3, 0, 0, 0, 1};
        var half = Wct.power(a, 3, 0.5);
        var inverseHalf = Wct.power(a, 3, -0.5);
        var product = new org.ejml.data.DMatrixRMaj(3, 3);
        org.ejml.dense.row.CommonOps_DDRM.mult(half, inverseHalf, product);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(product.get(r, c)).isCloseTo(r == c ? 1 : 0, within(1e-9));
            }
        }
        var square = new org.ejml.data.DMatrixRMaj(3, 3);
        org.ejml.dense.row.CommonOps_DDRM.mult(half, half, square);
        for (int i = 0; i < 9; i++) {
            assertThat(square.data[i]).isCloseTo(a[i], within(1e-9));
        }
    }

    /** Real VGG features coloured with their own statistics come back as they were: nothing is amplified. */
    @Test
    void featuresColouredWithThemselvesAreUnchanged() {
        try (NDManager m = vgg.newManager()) {
            for (String layer : WctNet.LEVELS) {
                NDArray f = vgg.features(dev.easel.engine.Tensors.fromPicture(m, TestData.tubingen(96)), List.of(layer)).get(layer);
                NDArray back = Wct.transfer(f, List.of(f), new double[] {1.0});
                double error = back.sub(f).square().mean().getFloat();
                double scale = f.sub(f.mean()).square().mean().getFloat();
                assertThat(error / scale).as("relative squared error at %s", layer).isLessThan(1e-3);
            }
        }
    }
}
