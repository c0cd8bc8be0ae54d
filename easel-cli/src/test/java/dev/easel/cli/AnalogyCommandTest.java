package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalogyCommandTest {
    private static final Path IMAGES = VggLocator.sharedDirectory().toAbsolutePath().resolve("images");

    @TempDir
    Path dir;

    private Path small(String relative, int side) {
        Path out = dir.resolve(Path.of(relative).getFileName().toString().replace(".jpg", ".png"));
        ImageWriter.write(Resizer.fitLongSide(ImageReader.read(IMAGES.resolve(relative)), side), out, true);
        return out;
    }

    @Test
    void aPaintingAloneGivesAPainterlyPictureAtTheRequestedSize() {
        Path out = dir.resolve("out.png");
        CliRun run = CliRun.of("analogy", "--a-prime", small("style/starry_night.jpg", 160).toString(),
            "--b", small("content/tubingen.jpg", 200).toString(), "--size", "96", "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + out);
        Picture result = ImageReader.read(out);
        assertThat(result.width()).isEqualTo(96);
        assertThat(result.height()).isEqualTo(72);
    }

    @Test
    void aPairIsAppliedAndTheSameSeedGivesTheSameFile() throws Exception {
        Path a = small("train/bsds300_100075.jpg", 120);
        Path aPrime = dir.resolve("a-prime.png");
        ImageWriter.write(Resizer.resize(Resizer.resize(ImageReader.read(a), 30, 20), 120, 80), aPrime, true);
        Path b = small("train/bsds300_100080.jpg", 100);
        Path first = dir.resolve("first.png");
        Path second = dir.resolve("second.png");
        for (Path out : new Path[] {first, second}) {
            CliRun run = CliRun.of("analogy", "--a", a.toString(), "--a-prime", aPrime.toString(), "--b", b.toString(),
                "--size", "0", "--kappa", "1", "--color", "full", "--seed", "7", "--output", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(ImageReader.read(first).width()).isEqualTo(67); // B's own size: 67x100
    }

    @Test
    void badInputsSayWhatIsWrongAndLeaveFilesAlone() throws Exception {
        Path a = small("train/bsds300_100075.jpg", 120);
        Path painting = small("style/candy.jpg", 100);
        Path b = small("content/amber.jpg", 80);
        Path existing = dir.resolve("existing.png");
        Files.write(existing, new byte[] {1, 2, 3});

        CliRun sizes = CliRun.of("analogy", "--a", a.toString(), "--a-prime", painting.toString(), "--b", b.toString(),
            "--output", dir.resolve("o.png").toString());
        assertThat(sizes.exitCode()).isEqualTo(1);
        assertThat(sizes.err()).contains("is 120x80 but --a-prime", "is 100x100");

        CliRun clobber = CliRun.of("analogy", "--a-prime", painting.toString(), "--b", b.toString(), "--output", existing.toString());
        assertThat(clobber.exitCode()).isEqualTo(1);
        assertThat(clobber.err()).contains("already exists");
        assertThat(Files.readAllBytes(existing)).containsExactly(1, 2, 3);

        CliRun color = CliRun.of("analogy", "--a-prime", painting.toString(), "--b", b.toString(), "--output",
            dir.resolve("o.png").toString(), "--color", "rgb");
        assertThat(color.exitCode()).isEqualTo(2);
        assertThat(color.err()).contains("--color must be luminance or full");

        CliRun missing = CliRun.of("analogy", "--a-prime", dir.resolve("nope.png").toString(), "--b", b.toString(),
            "--output", dir.resolve("o.png").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().lines().count()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("o.png"))).isFalse();
    }
}
