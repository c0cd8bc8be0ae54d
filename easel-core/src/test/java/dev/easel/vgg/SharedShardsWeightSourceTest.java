package dev.easel.vgg;

import dev.easel.EaselException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Reads the real shards in $EASEL_SHARED/models/vgg19-imagenet-blocks1-3 (surefire sets EASEL_SHARED; default
 * ../shared beside the repository root). Skipped when that directory is absent.
 */
class SharedShardsWeightSourceTest {
    static Path shards;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findShards() {
        String env = System.getenv("EASEL_SHARED");
        // surefire runs in easel-core/, so the repository root is ..
        Path shared = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "..", "shared");
        shards = shared.resolve("models/vgg19-imagenet-blocks1-3");
    }

    static void requireShards() {
        assumeThat(Files.isDirectory(shards)).as("shared VGG shards at %s", shards.toAbsolutePath()).isTrue();
    }

    /** Copies the shard directory to {@code dest} as writable files. */
    static Path copyShards(Path dest) throws IOException {
        Path dir = Files.createDirectories(dest.resolve("vgg19-copy"));
        try (Stream<Path> files = Files.list(shards)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(f.getFileName().toString());
                Files.copy(f, to);
                to.toFile().setWritable(true);
            }
        }
        return dir;
    }

    /** A copy of the shards in which {@code shard}'s bytes are replaced by what {@code damage} makes of them. */
    private Path copyDamaging(String shard, UnaryOperator<byte[]> damage) throws IOException {
        Path dir = copyShards(tmp);
        Path f = dir.resolve(shard);
        Files.write(f, damage.apply(Files.readAllBytes(f)));
        return dir;
    }

    @Test
    void realShardsLoadInNetworkOrder() {
        requireShards();
        SharedShardsWeightSource src = SharedShardsWeightSource.open(shards);
        assertThat(src.convLayers()).containsExactly(
                "conv1_1", "conv1_2", "conv2_1", "conv2_2", "conv3_1", "conv3_2", "conv3_3", "conv3_4");
        for (String conv : src.convLayers()) {
            ConvLayer cw = src.load(conv);
            assertThat(cw.name()).isEqualTo(conv);
            assertThat(cw.in()).isEqualTo(Vgg19Spec.in(conv));
            assertThat(cw.out()).isEqualTo(Vgg19Spec.out(conv));
        }
        ConvLayer c11 = src.load("conv1_1");
        assertThat(c11.in()).isEqualTo(3);
        assertThat(c11.out()).isEqualTo(64);
    }

    /**
     * Known values, read once from the raw bytes with numpy (np.fromfile(f, '&lt;f4'), kernel reshaped to
     * HWIO [3,3,in,out]) and hard-coded as exact float hex literals.
     */
    @Test
    void knownValues() {
        requireShards();
        SharedShardsWeightSource src = SharedShardsWeightSource.open(shards);
        ConvLayer c11 = src.load("conv1_1");
        assertThat(c11.bias()[0]).isEqualTo(0x1.75d9d6p-1f);   // 0.73017758
        assertThat(c11.bias()[1]).isEqualTo(0x1.09faa2p-4f);   // 0.064936288
        assertThat(c11.bias()[2]).isEqualTo(0x1.18e422p-5f);   // 0.034288470
        assertThat(c11.bias()[63]).isEqualTo(0x1.a0fc3cp-2f);  // 0.40721220
        assertThat(oihw(c11, 0, 0, 0, 0)).isEqualTo(0x1.5d6248p-2f);  // HWIO (0,0,0,0) = 0.34119523
        assertThat(oihw(c11, 5, 0, 1, 2)).isEqualTo(0x1.b7aa48p-3f);  // HWIO (1,2,0,5) = 0.21468025
        assertThat(oihw(c11, 63, 2, 2, 1)).isEqualTo(0x1.3e1d7ep-4f); // HWIO (2,1,2,63) = 0.077664845
        ConvLayer c34 = src.load("conv3_4");
        assertThat(oihw(c34, 200, 100, 1, 1)).isEqualTo(0x1.b596d4p-7f); // HWIO (1,1,100,200) = 0.013354162
        assertThat(c34.bias()[255]).isEqualTo(-0x1.12e746p-6f);          // -0.016778773
    }

    static float oihw(ConvLayer cw, int o, int i, int h, int w) {
        return cw.kernel()[((o * cw.in() + i) * 3 + h) * 3 + w];
    }

    @Test
    void corruptedCopyFailsChecksum() throws IOException {
        requireShards();
        Path dir = copyDamaging("group3-shard1of1", bytes -> {
            bytes[1000] ^= 0x01;
            return bytes;
        });
        assertThatThrownBy(() -> SharedShardsWeightSource.open(dir)).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("group3-shard1of1", "SHA-256",
                    "expected 71a6dbaa06d7e454db3e56d6d2eb5f2defd8b60cccd5af5fc8a6b773be1c5aa5")
                .hasMessageMatching("(?s).*actual [0-9a-f]{64}.*");
    }

    @Test
    void truncatedCopyFailsWithSizeMessage() throws IOException {
        requireShards();
        Path dir = copyDamaging("group5-shard1of1", bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> SharedShardsWeightSource.open(dir)).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("group5-shard1of1", "has 590336 bytes, expected 1180672", "conv3_1", "truncated");
    }

    @Test
    void withoutSha256SumsStillLoadsAndNanIsRejected() throws IOException {
        requireShards();
        Path dir = copyDamaging("group2-shard1of1", bytes -> {
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putFloat(4 * 10, Float.NaN);
            return bytes;
        });
        Files.delete(dir.resolve("SHA256SUMS"));
        SharedShardsWeightSource src = SharedShardsWeightSource.open(dir);
        assertThat(src.load("conv1_1").out()).isEqualTo(64);
        assertThatThrownBy(() -> src.load("conv1_2")).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("group2-shard1of1", "conv1_2 kernel contains NaN values", "[0, 0, 0, 10]");
    }

    @Test
    void manifestProblems() throws IOException {
        requireShards();
        Path dir = copyShards(tmp);
        Path manifest = dir.resolve("manifest.json");
        String original = Files.readString(manifest);

        Files.writeString(manifest, original.replace("\"in\": 128, \"out\": 256", "\"in\": 128, \"out\": 255"));
        assertThatThrownBy(() -> SharedShardsWeightSource.open(dir)).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("manifest.json", "conv3_1", "out=255", "expected in=128, out=256");

        Files.writeString(manifest, "{ \"layers\": [ ");
        assertThatThrownBy(() -> SharedShardsWeightSource.open(dir)).isInstanceOf(EaselException.class)
                .hasMessageContaining("manifest.json is not valid JSON");

        Files.writeString(manifest, original.replace("group1-shard1of1", "../group1-shard1of1"));
        assertThatThrownBy(() -> SharedShardsWeightSource.open(dir)).isInstanceOf(EaselException.class)
                .hasMessageContaining("must be a plain file name");

        Files.writeString(manifest, original);
        Files.delete(dir.resolve("group8-shard1of1"));
        assertThatThrownBy(() -> SharedShardsWeightSource.open(dir)).isInstanceOf(EaselException.class)
                .hasMessageContainingAll("group8-shard1of1", "conv3_4", "does not exist");

        Files.delete(manifest);
        assertThatThrownBy(() -> SharedShardsWeightSource.open(dir)).isInstanceOf(EaselException.class)
                .hasMessageContaining("has no manifest.json");
    }

    @Test
    void missingDirectory() {
        assertThatThrownBy(() -> SharedShardsWeightSource.open(tmp.resolve("nowhere")))
                .isInstanceOf(EaselException.class).hasMessageContainingAll("nowhere", "does not exist");
    }

    @Test
    void unknownLayer() {
        requireShards();
        SharedShardsWeightSource src = SharedShardsWeightSource.open(shards);
        assertThatThrownBy(() -> src.load("conv4_1")).isInstanceOf(EaselException.class)
                .hasMessageContaining("no layer conv4_1");
    }
}
