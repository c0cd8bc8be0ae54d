package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Resizer;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** easel batch with the shipped mosaic-fast model on tiny photos: resume, failures, naming. */
class BatchCommandTest {
    static final Path CONTENT = VggLocator.sharedDirectory().toAbsolutePath().resolve("images/content");
    static final List<String> PHOTOS = List.of("amber.jpg", "golden_gate.jpg", "tubingen.jpg");

    @TempDir
    Path dir;
    Path photos;
    Path out;

    @BeforeEach
    void photos() {
        photos = dir.resolve("photos");
        out = dir.resolve("out");
        for (String name : PHOTOS) {
            ImageWriter.write(Resizer.fitLongSide(ImageReader.read(CONTENT.resolve(name)), 48), photos.resolve(name), false);
        }
    }

    @Test
    void stylizesAFolderThenSkipsWhatIsDoneOnARerun() throws IOException {
        CliRun first = batch("--input", photos.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("batch: 3 photos: 3 stylized, 0 already done, 0 failed");
        Map<Path, FileTime> written = modified(out);
        assertThat(written.keySet()).extracting(p -> p.getFileName().toString())
            .containsExactlyInAnyOrder("amber.png", "golden_gate.png", "tubingen.png");
        assertThat(ImageReader.read(out.resolve("amber.png")).width()).isEqualTo(32);

        CliRun again = batch("--input", photos.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("3 photos: 0 stylized, 3 already done, 0 failed");
        assertThat(modified(out)).isEqualTo(written);

        CliRun forced = batch("--input", photos.toString(), "--force");
        assertThat(forced.err()).contains("3 stylized, 0 already done");
    }

    @Test
    void aCorruptPhotoIsReportedAndSkippedAndTheRestAreDone() throws IOException {
        byte[] jpeg = Files.readAllBytes(photos.resolve("amber.jpg"));
        Files.write(photos.resolve("broken.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.writeString(photos.resolve("notes.txt"), "not a photo, not picked up");

        CliRun run = batch("--input", photos.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("broken.jpg: image data is truncated or corrupt", "4 photos: 3 stylized, 0 already done, 1 failed")
            .doesNotContain("notes.txt", "\tat ");
        assertThat(out.resolve("tubingen.png")).exists();
        assertThat(out.resolve("broken.png")).doesNotExist();

        CliRun again = batch("--input", photos.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("0 stylized, 3 already done, 1 failed");
    }

    @Test
    void recursiveGlobAndFormatNameTheOutputs() throws IOException {
        Path sub = Files.createDirectories(photos.resolve("trip"));
        Files.copy(photos.resolve("amber.jpg"), sub.resolve("amber.jpg"));
        Files.copy(photos.resolve("tubingen.jpg"), photos.resolve("tubingen.png")); // same stem as tubingen.jpg

        CliRun flat = batch("--input", photos.toString());
        assertThat(flat.err()).contains("4 photos: 4 stylized");
        assertThat(out.resolve("tubingen.jpg.png")).exists();
        assertThat(out.resolve("tubingen.png.png")).exists();
        assertThat(out.resolve("trip")).doesNotExist();

        CliRun deep = batch("--input", photos.toString(), "--recursive");
        assertThat(deep.err()).contains("5 photos: 1 stylized, 4 already done");
        assertThat(out.resolve("trip/amber.png")).exists();

        Path jpgs = dir.resolve("jpgs");
        CliRun glob = CliRun.of("batch", "--method", "realtime", "--model", "mosaic-fast", "--size", "32", "--format", "jpg",
            "--input", photos + "/*.jpg", "--output", jpgs.toString());
        assertThat(glob.exitCode()).as(glob.err()).isZero();
        assertThat(jpgs.toFile().list()).containsExactlyInAnyOrder("amber.jpg", "golden_gate.jpg", "tubingen.jpg");
    }

    @Test
    void badArgumentsAreClearErrors() throws IOException {
        CliRun nothing = batch("--input", Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).contains("no photos found");

        CliRun missing = batch("--input", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope: no such file or folder");

        CliRun sameFolder = CliRun.of("batch", "--method", "realtime", "--model", "mosaic-fast", "--input", photos.toString(),
            "--output", photos.toString());
        assertThat(sameFolder.exitCode()).isEqualTo(2);
        assertThat(sameFolder.err()).contains("--output must be another folder than the input");

        CliRun overInput = CliRun.of("batch", "--method", "realtime", "--model", "mosaic-fast", "--format", "jpg",
            "--input", photos + "/*.jpg", "--output", photos.toString());
        assertThat(overInput.exitCode()).isEqualTo(2);
        assertThat(overInput.err()).contains("--output must be another folder than the input");

        CliRun noModel = CliRun.of("batch", "--method", "realtime", "--input", photos.toString(), "--output", out.toString());
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("--model");
        assertThat(out).doesNotExist();
    }

    /**
     * Output folders blocked (by a file of their name) after the first: the batch stops after three failures, not
     * after every photo, though each message names its own folder. (A blocked first folder is refused at start.)
     */
    @Test
    void stopsAfterThreePhotosFailWithTheSameOutputError() throws IOException {
        for (String sub : List.of("a", "b", "c", "d", "e")) {
            ImageWriter.write(Resizer.fitLongSide(ImageReader.read(CONTENT.resolve("amber.jpg")), 48), photos.resolve(sub).resolve("p.jpg"), false);
            Files.createDirectories(out);
            if (!sub.equals("a")) {
                Files.writeString(out.resolve(sub), "a file where the output folder " + sub + " would go");
            }
        }
        CliRun run = batch("--input", photos.resolve("*/p.jpg").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("stopping: the last 3 photos failed with the same error", "5 photos: 1 stylized, 0 already done, 3 failed, 1 not attempted")
            .doesNotContain("\tat ");
    }

    private CliRun batch(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", "--method", "realtime", "--model", "mosaic-fast", "--size", "32",
            "--output", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Every file below {@code folder} with its modification time. */
    static Map<Path, FileTime> modified(Path folder) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                times.put(f, Files.getLastModifiedTime(f));
            }
        }
        return times;
    }
}
