package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.video.SyntheticClip;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a run leaves behind: a killed run's temporary files are cleaned, broken links reported, tiny sizes work. */
class OutputSafetyTest {
    private static final Path IMAGES = VggLocator.sharedDirectory().toAbsolutePath().resolve("images");

    @TempDir
    Path dir;

    @Test
    void stylizeAndVideoRemoveTheTemporaryFilesAKilledRunLeftBesideTheirOutput() throws IOException {
        Path content = TestPhotos.tubingen(dir.resolve("photo.jpg"), 64);
        Path stray = Files.writeString(dir.resolve(".o.png.1f2e3d4c5b6a.tmp"), "half an image");
        Path others = Files.writeString(dir.resolve(".other.png.1f2e3d4c5b6a.tmp"), "not ours to delete");
        CliRun run = CliRun.of("stylize", "--method", "realtime", "--model", "candy", "--content", content.toString(),
            "--output", dir.resolve("o.png").toString(), "--size", "32");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stray).doesNotExist();
        assertThat(others).exists();

        Path clip = dir.resolve("clip.mp4");
        SyntheticClip.write(clip, 12, 3, SyntheticClip.movingPattern(32, 32), false);
        Path videoStray = Files.writeString(dir.resolve(".v.mp4.00ff00ff.tmp"), "half a video");
        CliRun video = CliRun.of("video", "--input", clip.toString(), "--output", dir.resolve("v.mp4").toString(), "--size", "0");
        assertThat(video.exitCode()).as(video.err()).isZero();
        assertThat(videoStray).doesNotExist();
        assertThat(video.err()).doesNotContain("NaN");
    }

    @Test
    void batchReportsABrokenLinkInsteadOfSkippingItSilently() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.move(TestPhotos.tubingen(dir.resolve("a.jpg"), 48), photos.resolve("a.jpg"));
        Files.createSymbolicLink(photos.resolve("b.jpg"), dir.resolve("deleted.jpg"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", "--method", "realtime", "--model", "candy", "--size", "32", "--input", photos.toString(),
            "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("b.jpg: is a broken symbolic link", "2 photos: 1 stylized, 0 already done, 1 failed");
        assertThat(out.resolve("a.png")).exists();
    }

    /**
     * The smallest --size the CLI accepts paints with every method (1 gave an engine error about kernel sizes). WCT
     * is not shipped yet; its deepest layer, relu3_1, is a quarter of the picture, as for AdaIN's decoder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"--method realtime --model candy", "--method multi --style candy", "--method arbitrary --arch adain",
        "--method arbitrary --arch yanai", "--iterations 2 --start-size 0"})
    void theSmallestSizePaintsWithEveryMethod(String method) {
        Path content = dir.resolve("square.png");
        ImageWriter.write(Resizer.resize(ImageReader.read(IMAGES.resolve("content/tubingen.jpg")), 64, 64), content, false);
        Path style = IMAGES.resolve("style/starry_night.jpg");
        List<String> args = new ArrayList<>(List.of("stylize", "--content", content.toString(), "--output", dir.resolve("s.png").toString(),
            "--size", String.valueOf(OutputSize.MIN_SIDE)));
        args.addAll(List.of(method.split(" ")));
        if (!method.contains("--model") && !method.contains("multi")) {
            args.addAll(List.of("--style", style.toString()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Picture out = ImageReader.read(dir.resolve("s.png"));
        assertThat(Math.max(out.width(), out.height())).isEqualTo(OutputSize.MIN_SIDE);
    }
}
