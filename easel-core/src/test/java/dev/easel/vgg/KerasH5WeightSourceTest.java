package dev.easel.vgg;

import dev.easel.EaselException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Fixtures come from src/test/resources/make_keras_fixture.py: real VGG19 shapes (blocks 1-2), every kernel
 * value encodes its HWIO position: kernel[h,w,i,o] = (((h*3+w)*in+i)*out+o) / 2^18 - 0.25 (exact in float32),
 * bias[o] = layerIndex + (o+1)/1024.
 */
class KerasH5WeightSourceTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(KerasH5WeightSourceTest.class.getResource("/keras/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture keras/" + name, e);
        }
    }

    static float expectedKernel(int h, int w, int i, int o, int in, int out) {
        return (float) ((((h * 3 + w) * in + i) * out + o) / (double) (1 << 18) - 0.25);
    }

    static float expectedBias(int layerIndex, int o) {
        return (float) (layerIndex + (o + 1) / 1024.0);
    }

    /** Checks every element: OIHW value (o,i,h,w) must equal what the fixture wrote at HWIO (h,w,i,o). */
    static void assertFixtureValues(ConvLayer cw, int layerIndex) {
        int in = cw.in();
        int out = cw.out();
        float[] k = cw.kernel();
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                for (int h = 0; h < 3; h++) {
                    for (int w = 0; w < 3; w++) {
                        float actual = k[((o * in + i) * 3 + h) * 3 + w];
                        if (actual != expectedKernel(h, w, i, o, in, out)) {
                            throw new AssertionError(cw.name() + " OIHW (" + o + "," + i + "," + h + "," + w + ") = "
                                    + actual + ", expected " + expectedKernel(h, w, i, o, in, out));
                        }
                    }
                }
            }
        }
        for (int o = 0; o < out; o++) {
            assertThat(cw.bias()[o]).as("%s bias[%d]", cw.name(), o).isEqualTo(expectedBias(layerIndex, o));
        }
    }

    static KerasH5WeightSource openQuietly(Path p) {
        return KerasH5WeightSource.open(p, w -> { });
    }

    @Test
    void fixtureLoadsWithLayersInNetworkOrder() {
        KerasH5WeightSource src = openQuietly(fixture("vgg19_blocks1-2.h5"));
        assertThat(src.convLayers()).containsExactly("conv1_1", "conv1_2", "conv2_1", "conv2_2");
        assertThat(src.description()).contains("vgg19_blocks1-2.h5");
        int[][] shapes = {{3, 64}, {64, 64}, {64, 128}, {128, 128}};
        for (int l = 0; l < 4; l++) {
            ConvLayer cw = src.load(src.convLayers().get(l));
            assertThat(cw.name()).isEqualTo(src.convLayers().get(l));
            assertThat(cw.in()).isEqualTo(shapes[l][0]);
            assertThat(cw.out()).isEqualTo(shapes[l][1]);
            assertFixtureValues(cw, l + 1);
        }
    }

    @Test
    void kernelValueAtKnownOihwEqualsValueWrittenAtHwio() {
        ConvLayer cw = openQuietly(fixture("vgg19_blocks1-2.h5")).load("conv1_2");
        int in = 64;
        int out = 64;
        // OIHW (o=5, i=3, h=1, w=2) <- HWIO (1, 2, 3, 5); the constant was read independently with h5py:
        // h5py.File('keras/vgg19_blocks1-2.h5')['block1_conv2/block1_conv2_W_1:0'][1,2,3,5] == -0x1.5e76p-3
        assertThat(cw.kernel()[((5 * in + 3) * 3 + 1) * 3 + 2])
                .isEqualTo(-0x1.5e76p-3f)
                .isEqualTo(expectedKernel(1, 2, 3, 5, in, out));
        // and conv1_1, whose in=3 differs from out
        ConvLayer c11 = openQuietly(fixture("vgg19_blocks1-2.h5")).load("conv1_1");
        assertThat(c11.kernel()[((63 * 3 + 2) * 3 + 2) * 3 + 0]).isEqualTo(expectedKernel(2, 0, 2, 63, 3, 64));
    }

    @Test
    void md5MismatchWarnsNamingBothHashesButLoads() throws Exception {
        Path file = fixture("vgg19_blocks1-2.h5");
        List<String> warnings = new ArrayList<>();
        KerasH5WeightSource src = KerasH5WeightSource.open(file, warnings::add);
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
        assertThat(src.md5()).isEqualTo(actual).isNotEqualTo(KerasH5WeightSource.KERAS_VGG19_NOTOP_MD5);
        assertThat(warnings).singleElement().asString()
                .contains(actual, "253f8cb515780f3b799900260a226db6", "vgg19_blocks1-2.h5");
        assertThat(src.load("conv1_1").out()).isEqualTo(64);
        // the public entry point logs the warning via SLF4J and loads as well
        assertThat(KerasH5WeightSource.open(file).convLayers()).hasSize(4);
    }

    @Test
    void tfKerasWeightNamesAreFollowed() {
        KerasH5WeightSource src = openQuietly(fixture("vgg19_conv1_1_tfkeras_names.h5"));
        assertThat(src.convLayers()).containsExactly("conv1_1");
        assertFixtureValues(src.load("conv1_1"), 1);
    }

    @Test
    void groupWithoutWeightNamesIsSearchedForKernelAndBias() {
        KerasH5WeightSource src = openQuietly(fixture("vgg19_conv1_1_no_weight_names.h5"));
        assertFixtureValues(src.load("conv1_1"), 1);
    }

    @Test
    void wholeModelSaveUsesModelWeightsGroup() {
        KerasH5WeightSource src = openQuietly(fixture("vgg19_conv1_1_full_model.h5"));
        assertFixtureValues(src.load("conv1_1"), 1);
    }

    @Test
    void missingFile() {
        Path missing = tmp.resolve("vgg19_missing.h5");
        assertThatThrownBy(() -> openQuietly(missing)).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("vgg19_missing.h5", "does not exist");
    }

    @Test
    void notAnHdf5File() throws IOException {
        Path x = Files.writeString(tmp.resolve("x.h5"), "<html>404 Not Found</html>\n".repeat(40));
        assertThatThrownBy(() -> openQuietly(x)).isInstanceOf(EaselException.class)
                .hasMessageContaining("x.h5 is not an HDF5 file");
        Path empty = Files.write(tmp.resolve("empty.h5"), new byte[0]);
        assertThatThrownBy(() -> openQuietly(empty)).isInstanceOf(EaselException.class)
                .hasMessageContaining("empty.h5 is not an HDF5 file");
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] all = Files.readAllBytes(fixture("vgg19_blocks1-2.h5"));
        Path half = Files.write(tmp.resolve("half.h5"), Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> openQuietly(half)).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("half.h5 is truncated", String.valueOf(all.length), String.valueOf(all.length / 2));
        Path tiny = Files.write(tmp.resolve("tiny.h5"), Arrays.copyOf(all, 40));
        assertThatThrownBy(() -> openQuietly(tiny)).isInstanceOf(EaselException.class)
                .hasMessageContaining("tiny.h5 is truncated");
    }

    @Test
    void nanWeightsAreRejectedOnLoad() {
        KerasH5WeightSource src = openQuietly(fixture("vgg19_nan.h5"));
        assertThat(src.load("conv1_1").out()).isEqualTo(64);
        assertThatThrownBy(() -> src.load("conv1_2")).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("vgg19_nan.h5", "conv1_2 kernel contains NaN values", "[1, 2, 3, 4]");
    }

    @Test
    void infiniteBiasIsRejected() {
        KerasH5WeightSource src = openQuietly(fixture("vgg19_inf_bias.h5"));
        assertThatThrownBy(() -> src.load("conv1_1")).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("conv1_1 bias contains infinite values", "[7]");
    }

    @Test
    void wrongShapeNamesLayerExpectedAndActual() {
        assertThatThrownBy(() -> openQuietly(fixture("vgg19_wrong_shape.h5"))).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("vgg19_wrong_shape.h5", "conv1_1", "[3, 3, 3, 32]", "expected [3, 3, 3, 64]");
    }

    @Test
    void hdf5ButNotKeras() {
        assertThatThrownBy(() -> openQuietly(fixture("not_keras.h5"))).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("not_keras.h5", "no 'layer_names' attribute");
    }

    @Test
    void layerNamesListsMissingGroup() {
        assertThatThrownBy(() -> openQuietly(fixture("missing_group.h5"))).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("missing_group.h5", "no group /block1_conv2");
    }

    @Test
    void kerasFileWithoutVggLayers() {
        assertThatThrownBy(() -> openQuietly(fixture("no_vgg_layers.h5"))).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("no_vgg_layers.h5", "no VGG19 convolution layer", "dense_1");
    }

    @Test
    void unknownLayer() {
        KerasH5WeightSource src = openQuietly(fixture("vgg19_blocks1-2.h5"));
        assertThatThrownBy(() -> src.load("conv4_1")).isInstanceOf(EaselException.class)
                .hasMessageContaining("no layer conv4_1");
    }

    /** Runs only where the real download is available: set EASEL_KERAS_VGG19_H5 to its path. */
    @Test
    void realKerasDownload() {
        String env = System.getenv("EASEL_KERAS_VGG19_H5");
        assumeThat(env).as("EASEL_KERAS_VGG19_H5 not set").isNotBlank();
        List<String> warnings = new ArrayList<>();
        KerasH5WeightSource src = KerasH5WeightSource.open(Path.of(env), warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(src.md5()).isEqualTo(KerasH5WeightSource.KERAS_VGG19_NOTOP_MD5);
        assertThat(src.convLayers()).isEqualTo(Vgg19Spec.CONV_LAYERS);
        for (String conv : src.convLayers()) {
            assertThat(src.load(conv).out()).isEqualTo(Vgg19Spec.out(conv));
        }
    }
}
