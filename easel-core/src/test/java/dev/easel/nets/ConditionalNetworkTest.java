package dev.easel.nets;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.engine.Engines;
import dev.easel.engine.Tensors;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionalNetworkTest {
    private static final int STYLES = 3;

    /** A conditional-instance-norm network whose styles differ clearly: random per-style scales and shifts. */
    private static TransformerNet cinNetwork(ParamSet params) {
        TransformerNet net = new TransformerNet(Architecture.COMPACT, Conditioning.INSTANCE_NORM, STYLES);
        net.initialize(params, 5);
        Random random = new Random(9);
        for (Map.Entry<String, Shape> p : net.parameterShapes().entrySet()) {
            if (p.getKey().endsWith(".gamma") || p.getKey().endsWith(".beta")) {
                float[] v = new float[(int) p.getValue().size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) ((p.getKey().endsWith(".gamma") ? 1 : 0) + 0.5 * random.nextGaussian());
                }
                params.put(p.getKey(), v, p.getValue());
            }
        }
        return net;
    }

    @Test
    void aOneHotMixIsExactlyTheSingleStyleNetworkWithThatStylesRows() {
        try (NDManager m = Engines.manager(); ParamSet params = new ParamSet(m)) {
            TransformerNet net = cinNetwork(params);
            NDArray photo = Tensors.fromPicture(m, TestData.tubingen(48));
            float[] conditional = net.forward(params::get, photo, StyleMix.oneHot(m, new int[] {1}, STYLES)).toFloatArray();

            TransformerNet single = new TransformerNet(Architecture.COMPACT);
            float[] plain = single.forward(name -> {
                NDArray p = params.get(name);
                return name.endsWith(".gamma") || name.endsWith(".beta") ? p.get(1) : p;
            }, photo).toFloatArray();
            assertThat(conditional).containsExactly(plain, org.assertj.core.data.Offset.offset(1e-3f));
        }
    }

    @Test
    void aMaskPutsEachStyleInItsRegion() {
        try (NDManager m = Engines.manager(); ParamSet params = new ParamSet(m)) {
            TransformerNet net = cinNetwork(params);
            int w = 96;
            int h = 48;
            NDArray photo = Tensors.fromPicture(m, dev.easel.image.Resizer.resize(TestData.tubingen(96), w, h));
            float[] a = net.forward(params::get, photo, StyleMix.oneHot(m, new int[] {0}, STYLES)).toFloatArray();
            float[] b = net.forward(params::get, photo, StyleMix.oneHot(m, new int[] {2}, STYLES)).toFloatArray();
            // style 0 on the left half, style 2 on the right half
            float[] maps = new float[STYLES * w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    maps[(x < w / 2 ? 0 : 2) * w * h + y * w + x] = 1f;
                }
            }
            StyleMix masked = StyleMix.spatial(m.create(maps, new Shape(1, STYLES, h, w)));
            float[] mixed = net.forward(params::get, photo, masked).toFloatArray();
            // away from the boundary, each half is clearly closer to its own style's output than to the other's
            // (not equal to it: instance-norm statistics are taken over the whole mixed picture); ignoring the
            // mask would put both halves at the same distance from both
            double[] left = distances(mixed, a, b, w, h, 0, w / 2 - 16);
            double[] right = distances(mixed, a, b, w, h, w / 2 + 16, w);
            assertThat(left[0]).isLessThan(left[1] / 1.3);
            assertThat(right[1]).isLessThan(right[0] / 1.3);
        }
    }

    /** Mean absolute difference of {@code x} to {@code a} and to {@code b} over columns [x0, x1). */
    private static double[] distances(float[] x, float[] a, float[] b, int w, int h, int x0, int x1) {
        double da = 0;
        double db = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int i = x0; i < x1; i++) {
                    int k = (c * h + y) * w + i;
                    da += Math.abs(x[k] - a[k]);
                    db += Math.abs(x[k] - b[k]);
                }
            }
        }
        return new double[] {da, db};
    }

    @Test
    void aConcatenatedStyleVectorNetworkSelectsStylesToo() {
        try (NDManager m = Engines.manager(); ParamSet params = new ParamSet(m)) {
            TransformerNet net = new TransformerNet(Architecture.COMPACT, Conditioning.CONCAT, STYLES);
            net.initialize(params, 5);
            assertThat(net.parameterShapes().get("cond.weight")).isEqualTo(new Shape(64, 64 + STYLES, 1, 1));
            NDArray photo = Tensors.fromPicture(m, TestData.tubingen(32));
            float[] first = net.forward(params::get, photo, StyleMix.oneHot(m, new int[] {0}, STYLES)).toFloatArray();
            float[] second = net.forward(params::get, photo, StyleMix.oneHot(m, new int[] {1}, STYLES)).toFloatArray();
            // clearly different pictures, not float noise: an instance norm after the fusion once cancelled the
            // (spatially constant) style vector and left differences of 1e-5
            double meanDifference = 0;
            for (int i = 0; i < first.length; i++) {
                meanDifference += Math.abs(first[i] - second[i]) / first.length;
            }
            assertThat(meanDifference).isGreaterThan(1.0);
        }
    }

    @Test
    void aMixMustMatchTheNetwork() {
        try (NDManager m = Engines.manager(); ParamSet params = new ParamSet(m)) {
            TransformerNet net = cinNetwork(params);
            NDArray photo = Tensors.fromPicture(m, TestData.tubingen(32));
            assertThatThrownBy(() -> net.forward(params::get, photo))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paints 3 style(s); the mix has none");
            assertThatThrownBy(() -> net.forward(params::get, photo, StyleMix.oneHot(m, new int[] {0}, 2)))
                .hasMessageContaining("the mix has 2");
            assertThatThrownBy(() -> new TransformerNet(Architecture.COMPACT, Conditioning.INSTANCE_NORM, 1))
                .hasMessageContaining("at least two styles");
        }
    }
}
