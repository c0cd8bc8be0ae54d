package dev.easel.vgg;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.easel.EaselException;
import dev.easel.engine.Tensors;
import dev.easel.stylize.gatys.GatysSettings;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureNetworkTest {

    @Test
    void sharedBlocksGiveLayersUpToRelu3_4AndTruncatedDefaults() {
        try (FeatureNetwork net = TestData.network()) {
            assertThat(net.layers()).startsWith("conv1_1", "relu1_1", "conv1_2", "relu1_2", "pool1")
                .endsWith("conv3_4", "relu3_4", "pool3");
            GatysSettings defaults = GatysSettings.defaultsFor(net);
            assertThat(defaults.weights().contentLayer()).isEqualTo("relu3_2");
            assertThat(defaults.weights().styleLayers()).containsOnlyKeys("relu1_1", "relu2_1", "relu3_1");
        }
    }

    @Test
    void featuresHaveVggShapesAndStopAtTheDeepestRequestedLayer() {
        try (FeatureNetwork net = TestData.network(); NDManager m = net.newManager()) {
            NDArray image = Tensors.fromPicture(m, TestData.tubingen(64));
            Map<String, NDArray> f = net.features(image, List.of("relu1_1", "pool2", "relu3_1"));
            assertThat(f.keySet()).containsExactly("relu1_1", "pool2", "relu3_1");
            assertThat(f.get("relu1_1").getShape()).isEqualTo(new Shape(1, 64, 48, 64));
            assertThat(f.get("pool2").getShape()).isEqualTo(new Shape(1, 128, 12, 16));
            assertThat(f.get("relu3_1").getShape()).isEqualTo(new Shape(1, 256, 12, 16));
            assertThat(f.get("relu1_1").min().getFloat()).isGreaterThanOrEqualTo(0f);
        }
    }

    @Test
    void rgbInputMatchesTheBgrNetworkItWasConvertedFrom() {
        // conv1_1 of the BGR network applied by hand to the centre pixel's 3x3 neighbourhood
        VggWeightSource source = VggWeightFormats.open(TestData.sharedBlocks());
        ConvLayer conv = source.load("conv1_1");
        try (FeatureNetwork net = FeatureNetwork.load(source, Pooling.MAX); NDManager m = net.newManager()) {
            Random random = new Random(1);
            float[] rgb = new float[3 * 5 * 5];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = random.nextFloat() * 255;
            }
            float[] mean = {103.939f, 116.779f, 123.68f};
            float[] out = net.features(m.create(rgb, new Shape(1, 3, 5, 5)).duplicate(), List.of("conv1_1")).get("conv1_1").toFloatArray();
            for (int o : new int[] {0, 17, 63}) {
                double expected = conv.bias()[o];
                for (int bgr = 0; bgr < 3; bgr++) {
                    for (int dy = 0; dy < 3; dy++) {
                        for (int dx = 0; dx < 3; dx++) {
                            float pixel = rgb[((2 - bgr) * 5 + 1 + dy) * 5 + 1 + dx] - mean[bgr];
                            expected += conv.kernel()[((o * 3 + bgr) * 3 + dy) * 3 + dx] * pixel;
                        }
                    }
                }
                assertThat((double) out[(o * 5 + 2) * 5 + 2]).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-3 * Math.abs(expected) + 1e-3));
            }
        }
    }

    @Test
    void fullVgg19UsesThePapersLayers() {
        try (FeatureNetwork net = FeatureNetwork.load(new RandomVgg19(), Pooling.AVG); NDManager m = net.newManager()) {
            assertThat(net.layers()).endsWith("conv5_4", "relu5_4", "pool5");
            GatysSettings defaults = GatysSettings.defaultsFor(net);
            assertThat(defaults.weights().contentLayer()).isEqualTo("relu4_2");
            assertThat(defaults.weights().styleLayers()).containsOnlyKeys("relu1_1", "relu2_1", "relu3_1", "relu4_1", "relu5_1");
            NDArray image = Tensors.fromPicture(m, TestData.tubingen(64));
            assertThat(net.features(image, List.of("relu5_1")).get("relu5_1").getShape()).isEqualTo(new Shape(1, 512, 3, 4));
        }
    }

    @Test
    void kerasH5FixtureLoadsIntoTheNetwork() {
        Path h5 = Path.of("src/test/resources/keras/vgg19_blocks1-2.h5");
        try (FeatureNetwork net = FeatureNetwork.load(VggWeightFormats.open(h5), Pooling.MAX); NDManager m = net.newManager()) {
            assertThat(net.layers()).endsWith("conv2_2", "relu2_2", "pool2");
            NDArray f = net.features(Tensors.fromPicture(m, TestData.tubingen(32)), List.of("relu2_2")).get("relu2_2");
            assertThat(f.getShape()).isEqualTo(new Shape(1, 128, 12, 16));
        }
    }

    @Test
    void missingLayerNamesTheFullWeightsAndUnknownLayerListsAvailableOnes() {
        try (FeatureNetwork net = TestData.network()) {
            assertThatThrownBy(() -> net.requireLayers(List.of("conv4_2"))).isInstanceOf(EaselException.class)
                .hasMessageContaining("conv4_2").hasMessageContaining("relu3_4")
                .hasMessageContaining("vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5");
            assertThatThrownBy(() -> net.requireLayers(List.of("fc7"))).isInstanceOf(EaselException.class)
                .hasMessageContaining("unknown VGG19 layer 'fc7'");
        }
    }

    /** All 16 VGG19 convolutions with small random weights, standing in for the 80 MB Keras download. */
    private static final class RandomVgg19 implements VggWeightSource {
        @Override
        public String description() {
            return "random VGG19";
        }

        @Override
        public List<String> convLayers() {
            return VggLayers.convolutions();
        }

        @Override
        public ConvLayer load(String conv) {
            int in = VggLayers.inChannels(conv);
            int out = VggLayers.outChannels(conv);
            Random random = new Random(conv.hashCode());
            float[] kernel = new float[out * in * 9];
            for (int i = 0; i < kernel.length; i++) {
                kernel[i] = (float) (random.nextGaussian() * Math.sqrt(2.0 / (9 * in)));
            }
            return new ConvLayer(conv, in, out, kernel, new float[out]);
        }
    }
}
