package dev.easel.video;

import dev.easel.EaselException;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.io.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A video is renamed into place only when it reads back whole: what a full disk leaves is never reported as success. */
class WrittenVideoTest {
    static final int FRAMES = 18;

    @TempDir
    Path dir;

    /** The failure injected: the file a full disk leaves (the first 4 KB, no index) is refused, as is a short one. */
    @Test
    void aTruncatedOrShortFileIsRefused() throws Exception {
        Path good = dir.resolve("good.mp4");
        SyntheticClip.write(good, 12, FRAMES, SyntheticClip.movingPattern(64, 48), true);
        assertThatCode(() -> WrittenVideo.check(good, "mp4", FRAMES, good)).doesNotThrowAnyException();

        Path cut = Files.write(dir.resolve("cut"), Arrays.copyOf(Files.readAllBytes(good), 4096));
        assertThatThrownBy(() -> WrittenVideo.check(cut, "mp4", FRAMES, dir.resolve("out.mp4"))).isInstanceOf(EaselException.class)
            .hasMessageStartingWith(dir.resolve("out.mp4") + ": cannot write video: the file written is incomplete");
        assertThatThrownBy(() -> WrittenVideo.check(good, "mp4", FRAMES + 5, good)).isInstanceOf(EaselException.class)
            .hasMessageContaining("it holds 18 of the 23 frames written");
    }

    @Test
    void aFullDiskFailsTheWriteAndKeepsTheExistingVideo() throws Exception {
        Path original = dir.resolve("original.mp4");
        SyntheticClip.write(original, 12, 6, SyntheticClip.movingPattern(32, 32), false);
        byte[] before = Files.readAllBytes(original);
        try (SmallDisk disk = SmallDisk.mount(dir, 256)) {
            Path out = Files.write(disk.path().resolve("out.mp4"), before);
            disk.fill(16 << 10); // the header fits; the frames do not
            assertThatThrownBy(() -> replace(out, 48, SyntheticClip.movingPattern(320, 240)))
                .isInstanceOf(EaselException.class)
                .hasMessage(out + ": cannot write video: the disk is full (no space left on device)");
            assertThat(Files.readAllBytes(out)).isEqualTo(before); // replace was asked for, but nothing complete came
            assertThat(disk.path().toFile().list()).containsExactlyInAnyOrder("out.mp4", ".filler");
        }
    }

    /** Writes a video over {@code out} as {@code easel video --force} does. */
    private static void replace(Path out, int frames, java.util.function.IntFunction<Picture> frame) {
        try (VideoWriter writer = VideoWriter.open(out, 320, 240, 12, 0, 0, true)) {
            for (int i = 0; i < frames; i++) {
                writer.write(frame.apply(i));
            }
            writer.finish();
        }
    }

    @Test
    void aStillImageIsNotAVideo() {
        Path photo = dir.resolve("photo.png");
        ImageWriter.write(Picture.blank(32, 24), photo, false);
        assertThatThrownBy(() -> VideoReader.open(photo)).isInstanceOf(EaselException.class)
            .hasMessageStartingWith(photo + ": is a still image");
    }
}
