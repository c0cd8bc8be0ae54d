package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Resizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch killed (SIGKILL) in the middle, then run again: done photos are kept, the rest finished, nothing partial left. */
class BatchResumeTest {
    static final int PHOTOS = 12;

    @TempDir
    Path dir;

    @Test
    void aKilledBatchResumesWithoutRedoingDoneFilesOrLeavingPartialOnes() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Path out = dir.resolve("out");
        for (int i = 0; i < PHOTOS; i++) {
            String name = BatchCommandTest.PHOTOS.get(i % 3);
            ImageWriter.write(Resizer.fitLongSide(ImageReader.read(BatchCommandTest.CONTENT.resolve(name)), 256),
                photos.resolve(String.format("%02d_%s", i, name)), false);
        }
        List<String> args = List.of("batch", "--method", "realtime", "--model", "mosaic-fast", "--size", "256",
            "--input", photos.toString(), "--output", out.toString());

        Process child = new ProcessBuilder(childCommand(args)).redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (finished(out).size() < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean-up
            child.waitFor(30, TimeUnit.SECONDS);
        }
        List<Path> doneBefore = finished(out);
        assertThat(doneBefore).as(Files.readString(dir.resolve("child.log"))).hasSizeBetween(2, PHOTOS - 1);
        for (Path p : doneBefore) {
            assertThat(ImageReader.read(p).width()).isEqualTo(256); // every file under its final name is whole
        }
        Map<Path, FileTime> before = BatchCommandTest.modified(out);
        before.keySet().removeIf(p -> p.getFileName().toString().startsWith("."));

        CliRun resumed = CliRun.of(args.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains(String.format("batch: %d photos: %d stylized, %d already done, 0 failed",
            PHOTOS, PHOTOS - doneBefore.size(), doneBefore.size()));
        Map<Path, FileTime> after = BatchCommandTest.modified(out);
        assertThat(after).containsAllEntriesOf(before); // not rewritten
        assertThat(after).hasSize(PHOTOS); // no temporary files left
        for (Path p : after.keySet()) {
            assertThat(ImageReader.read(p).width()).isEqualTo(256);
        }
    }

    /** Final outputs: visible files (temporary ones are hidden). */
    private static List<Path> finished(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** This JVM's java and classpath running {@code easel ARGS} in a child process, with one engine thread. */
    private static List<String> childCommand(List<String> args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(
            ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
            "-Xmx1g", "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
            "-Deasel.models=" + System.getProperty("easel.models", "models"), "-cp", classpath, Main.class.getName()));
        cmd.addAll(args);
        return cmd;
    }
}
