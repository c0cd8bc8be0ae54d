package dev.easel.nets.adain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.easel.testing.EngineTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdainOpTest extends EngineTest {
    /** N x C x H x W features with a different mean and spread per channel. */
    private NDArray features(long seed, int n, int c, int h, int w, double meanBase, double stdBase) {
        Random r = new Random(seed);
        float[] data = new float[n * c * h * w];
        for (int i = 0; i < data.length; i++) {
            int channel = (i / (h * w)) % c;
            data[i] = (float) (meanBase * (channel + 1) + stdBase * (channel + 1) * r.nextGaussian());
        }
        return m.create(data, new Shape(n, c, h, w));
    }

    /** Mean and (biased) standard deviation of one channel of one sample, by hand. */
    private static double[] handStats(float[] data, int sample, int channel, int c, int hw) {
        int base = (sample * c + channel) * hw;
        double sum = 0;
        for (int i = 0; i < hw; i++) {
            sum += data[base + i];
        }
        double mean = sum / hw;
        double sq = 0;
        for (int i = 0; i < hw; i++) {
            sq += (data[base + i] - mean) * (data[base + i] - mean);
        }
        return new double[] {mean, Math.sqrt(sq / hw + FeatureStats.EPSILON)};
    }

    @Test
    void statisticsMatchHandComputedOnes() {
        NDArray x = features(1, 2, 3, 5, 4, 2, 0.5);
        FeatureStats s = FeatureStats.of(x);
        assertThat(s.mean().getShape()).isEqualTo(new Shape(2, 3, 1, 1));
        float[] data = x.toFloatArray();
        float[] means = s.mean().toFloatArray();
        float[] stds = s.std().toFloatArray();
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                double[] hand = handStats(data, n, c, 3, 20);
                assertThat(means[n * 3 + c]).isCloseTo((float) hand[0], within(1e-4f));
                assertThat(stds[n * 3 + c]).isCloseTo((float) hand[1], within(1e-4f));
            }
        }
    }

    @Test
    void outputTakesTheStyleStatistics() {
        NDArray content = features(2, 2, 4, 8, 8, 1, 0.3);
        NDArray style = features(3, 2, 4, 6, 5, -3, 2.5);
        FeatureStats want = FeatureStats.of(style);
        NDArray out = AdaIN.apply(content, want);
        FeatureStats got = FeatureStats.of(out);
        float[] gm = got.mean().toFloatArray();
        float[] gs = got.std().toFloatArray();
        float[] wm = want.mean().toFloatArray();
        float[] ws = want.std().toFloatArray();
        for (int i = 0; i < gm.length; i++) {
            assertThat(gm[i]).isCloseTo(wm[i], within(1e-3f));
            assertThat(gs[i]).isCloseTo(ws[i], within(1e-3f * Math.max(1, ws[i])));
        }
    }

    @Test
    void alphaZeroReturnsTheContentFeaturesAndOneTheTransfer() {
        NDArray content = features(4, 1, 3, 6, 6, 1, 0.5);
        NDArray adain = AdaIN.apply(content, FeatureStats.of(features(5, 1, 3, 6, 6, 4, 1)));
        assertThat(AdaIN.blend(adain, content, 0).toFloatArray()).containsExactly(content.toFloatArray());
        assertThat(AdaIN.blend(adain, content, 1).toFloatArray()).containsExactly(adain.toFloatArray());
        float[] half = AdaIN.blend(adain, content, 0.25).toFloatArray();
        float[] c = content.toFloatArray();
        float[] a = adain.toFloatArray();
        for (int i = 0; i < half.length; i++) {
            assertThat(half[i]).isCloseTo(0.75f * c[i] + 0.25f * a[i], within(1e-4f));
        }
    }

    @Test
    void weightsInterpolateTheStatistics() {
        FeatureStats a = FeatureStats.of(features(6, 1, 3, 5, 5, 1, 0.5));
        FeatureStats b = FeatureStats.of(features(7, 1, 3, 5, 5, 10, 3));
        FeatureStats mixed = FeatureStats.mix(List.of(a, b), new double[] {3, 1});
        float[] am = a.mean().toFloatArray();
        float[] bm = b.mean().toFloatArray();
        float[] as = a.std().toFloatArray();
        float[] bs = b.std().toFloatArray();
        float[] mm = mixed.mean().toFloatArray();
        float[] ms = mixed.std().toFloatArray();
        for (int i = 0; i < mm.length; i++) {
            assertThat(mm[i]).isCloseTo(0.75f * am[i] + 0.25f * bm[i], within(1e-4f));
            assertThat(ms[i]).isCloseTo(0.75f * as[i] + 0.25f * bs[i], within(1e-4f));
        }
        FeatureStats onlyB = FeatureStats.mix(List.of(a, b), new double[] {0, 2});
        assertThat(onlyB.mean().toFloatArray()).containsExactly(bm);
    }

    @Test
    void aFlatChannelStaysFinite() {
        NDArray flat = m.zeros(new Shape(1, 2, 4, 4));
        NDArray out = AdaIN.apply(flat, FeatureStats.of(features(8, 1, 2, 4, 4, 1, 1)));
        assertThat(out.isNaN().any().getBoolean()).isFalse();
        assertThat(out.isInfinite().any().getBoolean()).isFalse();
    }
}
