package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --refine on the command line: a shipped network's picture finished by a few Gatys iterations. */
class RefineOptionTest {
    private static final Path IMAGES = VggLocator.sharedDirectory().toAbsolutePath().resolve("images");

    @TempDir
    Path dir;

    @Test
    void realtimeAndArbitraryPicturesAreRefinedAndTheOutputDiffersFromTheNetworksAlone() throws Exception {
        Path photo = IMAGES.resolve("content/tubingen.jpg");
        Path plain = dir.resolve("plain.png");
        Path refined = dir.resolve("refined.png");
        CliRun a = CliRun.of("stylize", "--method", "realtime", "--model", "candy", "--content", photo.toString(),
            "--size", "64", "--output", plain.toString());
        CliRun b = CliRun.of("stylize", "--method", "realtime", "--model", "candy", "--content", photo.toString(),
            "--size", "64", "--refine", "3", "--output", refined.toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(ImageReader.read(refined).width()).isEqualTo(64);
        assertThat(Files.readAllBytes(refined)).isNotEqualTo(Files.readAllBytes(plain));

        Path any = dir.resolve("any.png");
        CliRun c = CliRun.of("stylize", "--method", "arbitrary", "--style", IMAGES.resolve("style/udnie.jpg").toString(),
            "--content", photo.toString(), "--size", "64", "--refine", "2", "--output", any.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
    }

    @Test
    void refineIsAUsageErrorWithGatysAndBelowZero() {
        CliRun gatys = CliRun.of("stylize", "--style", IMAGES.resolve("style/udnie.jpg").toString(), "--content",
            IMAGES.resolve("content/tubingen.jpg").toString(), "--refine", "5", "--output", dir.resolve("o.png").toString());
        assertThat(gatys.exitCode()).isEqualTo(2);
        assertThat(gatys.err()).contains("--refine finishes a network's picture");
        CliRun negative = CliRun.of("stylize", "--method", "realtime", "--model", "candy", "--content",
            IMAGES.resolve("content/tubingen.jpg").toString(), "--refine", "-1", "--output", dir.resolve("o.png").toString());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--refine must be >= 0");
        assertThat(Files.exists(dir.resolve("o.png"))).isFalse();
    }

    @Test
    void styleScaleGivesTheSamePictureAtEverySize() {
        Path photo = IMAGES.resolve("content/tubingen.jpg");
        Path small = dir.resolve("small.png");
        Path large = dir.resolve("large.png");
        for (Path out : new Path[] {small, large}) {
            CliRun run = CliRun.of("stylize", "--method", "realtime", "--model", "mosaic-fast", "--content", photo.toString(),
                "--size", out == small ? "64" : "192", "--style-scale", "4", "--output", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        dev.easel.image.Picture a = ImageReader.read(small);
        dev.easel.image.Picture b = dev.easel.image.Resizer.resize(ImageReader.read(large), a.width(), a.height());
        double sum = 0;
        for (int i = 0; i < a.data().length; i++) {
            sum += Math.abs(a.data()[i] - b.data()[i]);
        }
        assertThat(sum / a.data().length).as("mean difference, 64 px against 192 px shrunk").isLessThan(3.0);
    }
}
