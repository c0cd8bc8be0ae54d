package dev.easel.cli;

import dev.easel.io.SmallDisk;
import dev.easel.testing.TestData;
import dev.easel.video.SyntheticClip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-disk and read-only cases on a real, tiny file system (a tmpfs: skipped where it cannot be mounted; the
 * injected-failure tests in easel-core and easel-video always run). Whatever fails, the user's files stay as they
 * were and nothing half-written is left.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void videoOnAFullDiskFailsAndKeepsTheVideoItWasToReplace() throws Exception {
        Path clip = dir.resolve("clip.mp4");
        SyntheticClip.write(clip, 12, 24, SyntheticClip.movingPattern(160, 120), true);
        try (SmallDisk disk = SmallDisk.mount(dir, 512)) {
            Path good = disk.path().resolve("good.mp4");
            SyntheticClip.write(good, 12, 6, SyntheticClip.movingPattern(32, 32), false);
            byte[] before = Files.readAllBytes(good);
            disk.fill(24 << 10);
            CliRun run = CliRun.of("video", "--input", clip.toString(), "--output", good.toString(), "--force", "--size", "0");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("error: " + good + ": cannot write video: the disk is full").doesNotContain("wrote", "\tat ");
            assertThat(Files.readAllBytes(good)).isEqualTo(before);
            assertThat(disk.path().toFile().list()).containsExactlyInAnyOrder("good.mp4", ".filler");
        }
    }

    @Test
    void stylizeOnAFullDiskSaysSoInOneLineAndLeavesNothing() throws Exception {
        Path content = TestPhotos.tubingen(dir.resolve("photo.jpg"), 64);
        try (SmallDisk disk = SmallDisk.mount(dir, 64)) {
            disk.fill();
            CliRun run = CliRun.of("stylize", "--method", "realtime", "--model", "candy", "--content", content.toString(),
                "--output", disk.path().resolve("o.png").toString(), "--size", "256");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).containsExactly(
                "error: " + disk.path().resolve("o.png") + ": cannot write image: the disk is full (no space left on device)");
            assertThat(disk.path().toFile().list()).containsExactly(".filler");
        }
    }

    @Test
    void batchOnAFullDiskStopsAfterThreePhotos() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        for (String name : new String[] {"a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg"}) {
            TestPhotos.tubingen(photos.resolve(name), 64);
        }
        try (SmallDisk disk = SmallDisk.mount(dir, 64)) {
            disk.fill();
            CliRun run = CliRun.of("batch", "--method", "realtime", "--model", "candy", "--size", "256", "--input", photos.toString(),
                "--output", disk.path().resolve("out").toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("the disk is full", "stopping: the last 3 photos failed with the same error",
                "5 photos: 0 stylized, 0 already done, 3 failed, 2 not attempted");
        }
    }

    @Test
    void trainingToAReadOnlyFolderFailsAtStartNotAtTheFirstCheckpoint() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        TestPhotos.tubingen(photos.resolve("a.jpg"), 64);
        try (SmallDisk disk = SmallDisk.mountReadOnly(dir)) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("train", "realtime", "--data", photos.toString(),
                "--style", TestData.shared().resolve("images/style/starry_night.jpg").toString(),
                "--output", disk.path().resolve("run").toString(), "--steps", "1000");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("cannot write checkpoints there: the file system is read-only");
            assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(5);
        }
    }
}
