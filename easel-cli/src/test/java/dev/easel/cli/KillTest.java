package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.io.AtomicFiles;
import dev.easel.video.SyntheticClip;
import dev.easel.video.VideoReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at chosen moments (SIGKILL: no shutdown hook runs) of a real {@code easel} process: nothing under a final
 * name is ever unfinished, the re-run completes, and the re-run removes the hidden temporary files the kill left.
 */
class KillTest {

    @TempDir
    Path dir;

    @Test
    void batchKilledAfterItsFirstPhotoResumesAndLeavesNoTemporaryFiles() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        for (int i = 0; i < 8; i++) {
            TestPhotos.tubingen(photos.resolve("p" + i + ".jpg"), 320);
        }
        Path out = dir.resolve("out");
        String[] args = {"batch", "--method", "realtime", "--model", "candy", "--size", "320", "--input", photos.toString(),
            "--output", out.toString()};
        killWhen(args, () -> visibleFiles(out).size() >= 1);
        for (Path finished : visibleFiles(out)) { // whatever has its final name is a whole image
            assertThat(ImageReader.read(finished).width()).isEqualTo(320);
        }
        assertThat(visibleFiles(out)).hasSizeLessThan(8);

        CliRun again = CliRun.of(args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("8 photos:", "0 failed");
        assertThat(visibleFiles(out)).hasSize(8);
        assertThat(hiddenTemps(out)).isEmpty();
    }

    @Test
    void videoKilledWhileWritingLeavesNoVideoAndTheRerunCleansUp() throws Exception {
        Path clip = dir.resolve("clip.mp4");
        SyntheticClip.write(clip, 12, 24, SyntheticClip.movingPattern(96, 64), true);
        Path out = dir.resolve("v.mp4");
        String[] args = {"video", "--input", clip.toString(), "--output", out.toString(), "--size", "0"};
        killWhen(args, () -> writing(dir));
        assertThat(out).doesNotExist();
        assertThat(hiddenTemps(dir)).isNotEmpty(); // SIGKILL: the temporary file stays behind

        CliRun again = CliRun.of(args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        try (VideoReader r = VideoReader.open(out)) {
            assertThat(r.info().frames()).isEqualTo(24);
        }
        assertThat(hiddenTemps(dir)).isEmpty();
    }

    @Test
    void stylizeKilledWhileWritingItsImageLeavesNothingUnderTheName() throws Exception {
        Path content = TestPhotos.tubingen(dir.resolve("photo.jpg"), 400);
        Path out = dir.resolve("big.png");
        String[] args = {"stylize", "--method", "realtime", "--model", "candy", "--content", content.toString(), "--output",
            out.toString(), "--size", "1400"};
        boolean caught = killWhen(args, () -> writing(dir));
        org.junit.jupiter.api.Assumptions.assumeTrue(caught, "the write ended before the kill (a fast machine)");
        assertThat(out).doesNotExist();

        CliRun again = CliRun.of(args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(ImageReader.read(out).width()).isEqualTo(1400);
        assertThat(hiddenTemps(dir)).isEmpty();
    }

    /** Runs easel in its own JVM, SIGKILLs it once {@code moment} holds; false if it ended first. */
    private static boolean killWhen(String[] args, java.util.function.BooleanSupplier moment) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx2g", "-Dai.djl.offline=true", "-Deasel.models=" + System.getProperty("easel.models"),
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < end) {
            if (moment.getAsBoolean()) {
                p.destroyForcibly(); // SIGKILL on Unix
                p.waitFor(10, TimeUnit.SECONDS);
                return true;
            }
            Thread.sleep(2);
        }
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        return false;
    }

    /** A temporary file with bytes in it: the output being written (the writability probe's is empty). */
    private static boolean writing(Path folder) {
        return hiddenTemps(folder).stream().anyMatch(f -> f.toFile().length() > 0);
    }

    private static List<Path> visibleFiles(Path folder) {
        return list(folder, name -> !name.startsWith("."));
    }

    private static List<Path> hiddenTemps(Path folder) {
        return list(folder, name -> AtomicFiles.tempTargetName(name) != null);
    }

    private static List<Path> list(Path folder, Predicate<String> name) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> name.test(f.getFileName().toString()) && !Files.isDirectory(f)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
