package dev.easel.vgg;

import dev.easel.EaselException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VggWeightFormatsTest {
    @TempDir
    Path tmp;

    @Test
    void directoryOpensShards() {
        SharedShardsWeightSourceTest.findShards();
        SharedShardsWeightSourceTest.requireShards();
        assertThat(VggWeightFormats.open(SharedShardsWeightSourceTest.shards)).isInstanceOf(SharedShardsWeightSource.class);
    }

    @Test
    void h5FileOpensKeras() {
        VggWeightSource src = VggWeightFormats.open(KerasH5WeightSourceTest.fixture("vgg19_blocks1-2.h5"));
        assertThat(src).isInstanceOf(KerasH5WeightSource.class);
        assertThat(src.convLayers()).startsWith("conv1_1");
    }

    @Test
    void hdf5SignatureWinsOverExtension() throws IOException {
        Path renamed = Files.copy(KerasH5WeightSourceTest.fixture("vgg19_conv1_1_tfkeras_names.h5"),
                tmp.resolve("weights.bin"));
        assertThat(VggWeightFormats.open(renamed)).isInstanceOf(KerasH5WeightSource.class);
    }

    @Test
    void otherFilesAreRejected() throws IOException {
        Path txt = Files.writeString(tmp.resolve("weights.txt"), "hello");
        assertThatThrownBy(() -> VggWeightFormats.open(txt)).isInstanceOf(EaselException.class)
                .hasMessageContaining("weights.txt").hasMessageContaining("neither");
        assertThatThrownBy(() -> VggWeightFormats.open(tmp.resolve("gone.h5"))).isInstanceOf(EaselException.class)
                .hasMessageContaining("gone.h5").hasMessageContaining("do not exist");
        assertThatThrownBy(() -> VggWeightFormats.open(tmp)).isInstanceOf(EaselException.class)
                .hasMessageContaining("has no manifest.json");
    }
}
