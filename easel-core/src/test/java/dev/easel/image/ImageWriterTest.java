package dev.easel.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.easel.EaselException;
import dev.easel.io.SmallDisk;
import dev.easel.io.WriteFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageWriterTest {
    @TempDir
    Path dir;

    @Test
    void refusesToOverwriteWithoutForceAndLeavesBytesAlone() throws Exception {
        Path out = dir.resolve("out.png");
        byte[] before = {1, 2, 3, 4};
        Files.write(out, before);
        assertThatThrownBy(() -> ImageWriter.write(Fixtures.gradient(8, 8), out, false))
                .isInstanceOf(OutputExistsException.class)
                .hasMessage(out + " already exists");
        assertThat(Files.readAllBytes(out)).containsExactly(before);
        assertThat(listing()).containsExactly("out.png");
    }

    @Test
    void aFullDiskSaysSoAndKeepsTheExistingFile() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 64)) {
            Path out = Files.write(disk.path().resolve("out.png"), new byte[] {1, 2, 3, 4});
            disk.fill();
            assertThatThrownBy(() -> ImageWriter.write(Fixtures.gradient(256, 256), out, true))
                    .isInstanceOf(EaselException.class)
                    .hasMessage(out + ": cannot write image: the disk is full (no space left on device)");
            assertThat(Files.readAllBytes(out)).containsExactly(1, 2, 3, 4);
            try (Stream<Path> files = Files.list(disk.path())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.png", ".filler");
            }
        }
    }

    /** The failure ImageIO reports on a full disk, injected: the reason under its wrapper is what the user sees. */
    @Test
    void theSystemsReasonIsFoundUnderImageIosWrapper() {
        IOException full = new javax.imageio.IIOException("I/O error writing PNG file!",
                new IOException("No space left on device"));
        assertThat(WriteFailures.describe(full)).isEqualTo("the disk is full (no space left on device)");
        assertThat(WriteFailures.describe(new IOException("Read-only file system"))).isEqualTo("the file system is read-only");
        assertThat(WriteFailures.describe(new IOException("odd"))).isEqualTo("java.io.IOException: odd");
    }

    @Test
    void forceReplaces() throws Exception {
        Path out = dir.resolve("out.png");
        Files.write(out, new byte[] {1, 2, 3, 4});
        Picture picture = Fixtures.gradient(8, 8);
        ImageWriter.write(picture, out, true);
        assertThat(ImageReader.read(out).data()).containsExactly(picture.data());
        assertThat(listing()).containsExactly("out.png");
    }

    @Test
    void createsMissingParentFoldersAndLeavesNoTempFiles() throws Exception {
        Path out = dir.resolve("a/b/result.jpeg");
        ImageWriter.write(Fixtures.gradient(16, 16), out, false);
        assertThat(ImageReader.read(out).width()).isEqualTo(16);
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("result.jpeg");
        }
    }

    @Test
    void jpegUsesHighQuality() {
        Path out = dir.resolve("q.JPG"); // extension matching ignores case
        Picture picture = Fixtures.gradient(64, 64);
        ImageWriter.write(picture, out, false);
        assertThat(Fixtures.meanAbsDiff(ImageReader.read(out), picture)).isLessThan(1.5);
    }

    @Test
    void encodeGivesTheBytesAFileWouldHold() throws Exception {
        Picture picture = Fixtures.gradient(24, 16);
        for (String format : List.of("png", "jpg")) {
            Path out = dir.resolve("same." + format);
            ImageWriter.write(picture, out, false);
            assertThat(ImageWriter.encode(picture, format)).as(format).containsExactly(Files.readAllBytes(out));
        }
        assertThatThrownBy(() -> ImageWriter.encode(picture, "gif")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gif'");
    }

    @Test
    void unsupportedExtensionNamesTheSupportedOnes() throws Exception {
        Path out = dir.resolve("out.gif");
        assertThatThrownBy(() -> ImageWriter.write(Fixtures.gradient(4, 4), out, false))
                .isInstanceOf(EaselException.class)
                .hasMessage(out + ": unsupported output format (supported: .png, .jpg, .jpeg, .webp)");
        assertThat(listing()).isEmpty();
    }

    @Test
    void valuesAreClampedAndRounded() {
        Path out = dir.resolve("clamp.png");
        float[] data = {-40f, 400f, 99.6f, 100.4f, 0f, 255f};
        ImageWriter.write(new Picture(2, 1, data), out, false);
        assertThat(ImageReader.read(out).data()).containsExactly(0f, 255f, 100f, 100f, 0f, 255f);
    }

    @Test
    void failureRemovesTheTempFile() throws Exception {
        Path blocker = Files.createDirectory(dir.resolve("taken.png"));
        Files.writeString(blocker.resolve("keep"), "x");
        assertThatThrownBy(() -> ImageWriter.write(Fixtures.gradient(4, 4), blocker, true))
                .isInstanceOf(EaselException.class)
                .hasMessageStartingWith(blocker + ": is a directory");
        assertThat(listing()).containsExactly("taken.png");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
