package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class StylizeCommandTest {
    private static final Path SHARED = VggLocator.sharedDirectory().toAbsolutePath();
    private static final Path PHOTO = SHARED.resolve("images/content/tubingen.jpg");
    private static final Path PAINTING = SHARED.resolve("images/style/starry_night.jpg");
    private static final Path BLOCKS = SHARED.resolve(VggLocator.SHARED_BLOCKS);

    @TempDir
    Path dir;

    private static String[] quick(Path content, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("stylize", "--content", content.toString(), "--style", PAINTING.toString(),
            "--output", output.toString(), "--size", "48", "--iterations", "3", "--start-size", "0"));
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void stylizesAndWritesTheOutputAndIntermediates() throws IOException {
        Path out = dir.resolve("result.png");
        CliRun run = CliRun.of(quick(PHOTO, out, "--save-every", "2"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Picture result = ImageReader.read(out);
        assertThat(result.width()).isEqualTo(48);
        assertThat(result.height()).isEqualTo(36);
        assertThat(dir.resolve("result-iter0002.png")).exists();
        assertThat(dir.resolve("result-iter0003.png")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("result"));
        }
    }

    @Test
    void refusesAnExistingOutputWithoutForceAndLeavesItUntouched() throws IOException {
        Path out = dir.resolve("mine.png");
        byte[] precious = "my own file".getBytes(StandardCharsets.UTF_8);
        Files.write(out, precious);
        CliRun run = CliRun.of(quick(PHOTO, out));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("mine.png already exists").contains("--force");
        assertThat(Files.readAllBytes(out)).isEqualTo(precious);

        CliRun forced = CliRun.of(quick(PHOTO, out, "--force"));
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(ImageReader.read(out).width()).isEqualTo(48);
    }

    @Test
    void zeroByteContentFails() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        assertFailsWith(CliRun.of(quick(empty, dir.resolve("o.png"))), 1, "empty.jpg", "empty");
    }

    @Test
    void truncatedJpegFails() throws IOException {
        byte[] full = Files.readAllBytes(PHOTO);
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(full, full.length / 2));
        assertFailsWith(CliRun.of(quick(cut, dir.resolve("o.png"))), 1, "cut.jpg", "truncated");
    }

    @Test
    void textNamedJpgFails() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "this is not a picture\n");
        assertFailsWith(CliRun.of(quick(text, dir.resolve("o.png"))), 1, "notes.jpg", "not a recognized image format");
    }

    @Test
    void hugePngHeaderIsRefusedBeforeDecoding() throws IOException {
        Path huge = Files.write(dir.resolve("huge.png"), pngHeader(100_000, 100_000));
        long start = System.nanoTime();
        assertFailsWith(CliRun.of(quick(huge, dir.resolve("o.png"))), 1, "huge.png", "100000x100000", "--max-pixels");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
    }

    @Test
    void weightsFileThatIsNotWeightsFails() throws IOException {
        Path bogus = Files.writeString(dir.resolve("weights.h5"), "not hdf5");
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--vgg", bogus.toString())), 1, "weights.h5", "not an HDF5 file");
    }

    @Test
    void truncatedWeightsFail() throws IOException {
        Path copy = copyBlocks();
        Path shard = copy.resolve("group5-shard1of1");
        byte[] bytes = Files.readAllBytes(shard);
        Files.write(shard, Arrays.copyOf(bytes, bytes.length / 2));
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--vgg", copy.toString())), 1, "group5-shard1of1", "truncated");
    }

    @Test
    void nanWeightsFail() throws IOException {
        Path copy = copyBlocks();
        Files.delete(copy.resolve("SHA256SUMS"));
        Path shard = copy.resolve("group2-shard1of1");
        byte[] bytes = Files.readAllBytes(shard);
        // float32 little-endian NaN at the first kernel value
        bytes[0] = 0;
        bytes[1] = 0;
        bytes[2] = (byte) 0xc0;
        bytes[3] = 0x7f;
        Files.write(shard, bytes);
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--vgg", copy.toString())), 1, "conv1_2", "NaN");
    }

    @Test
    void unknownLayerListsTheAvailableOnes() {
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--content-layer", "conv9_9")), 1,
            "unknown VGG19 layer 'conv9_9'", "relu3_1");
    }

    @Test
    void layerMissingFromTheTruncatedNetworkNamesTheFullWeights() {
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--content-layer", "relu4_2")), 1,
            "relu4_2", "not in the loaded network", "vgg19_weights_tf_dim_ordering_tf_kernels_notop.h5");
    }

    @Test
    void badFlagsAreUsageErrors() {
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--size", "-5")), 2, "--size");
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--optimizer", "sgd")), 2, "sgd");
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--style-weights", "1,2")), 2, "--style-weights");
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--strength", "1.5")), 2, "--strength");
        assertFailsWith(CliRun.of(quick(PHOTO, dir.resolve("o.png"), "--bogus")), 2, "--bogus");
        assertThat(dir.resolve("o.png")).doesNotExist();
    }

    @Test
    void helpListsEveryFlagWithItsDefault() {
        CliRun run = CliRun.of("stylize", "--help");
        assertThat(run.exitCode()).isZero();
    }

    private static void assertFailsWith(CliRun run, int code, String... fragments) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
        assertThat(run.err()).contains(fragments).doesNotContain("\tat ");
    }

    private Path copyBlocks() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("vgg"));
        try (var files = Files.list(BLOCKS)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    /** A PNG signature and IHDR chunk (valid CRC) claiming the given size, with no image data. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(chunk);
        c.writeBytes("IHDR");
        c.writeInt(width);
        c.writeInt(height);
        c.write(new byte[] {8, 2, 0, 0, 0});
        data.writeInt(13);
        data.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        data.writeInt((int) crc.getValue());
        return out.toByteArray();
    }
}
