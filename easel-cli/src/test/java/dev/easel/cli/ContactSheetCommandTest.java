package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.Picture;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A contact sheet names its images under them and says where it went. */
class ContactSheetCommandTest {
    private static final Path STYLES = VggLocator.sharedDirectory().resolve("images/style");

    @TempDir
    Path dir;

    @Test
    void labelsEachImageAndSaysWhenDone() {
        Path out = dir.resolve("sheet.png");
        CliRun run = CliRun.of("contact-sheet", STYLES.resolve("candy.jpg").toString(), STYLES.resolve("udnie.jpg").toString(),
            "--height", "100", "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Picture sheet = ImageReader.read(out);
        assertThat(sheet.height()).isEqualTo(114); // 100 px of pictures, a 14 px label strip
        assertThat(run.err()).contains("wrote " + out + " (" + sheet.width() + "x114, 2 images)");
        float darkest = 255;
        for (int y = 101; y < 114; y++) {
            for (int x = 0; x < 60; x++) {
                darkest = Math.min(darkest, sheet.get(0, x, y));
            }
        }
        assertThat(darkest).as("text in the label strip under the first image").isLessThan(128);

        Path plain = dir.resolve("plain.png");
        assertThat(CliRun.of("contact-sheet", STYLES.resolve("candy.jpg").toString(), "--height", "100", "--no-labels",
            "--output", plain.toString()).exitCode()).isZero();
        assertThat(ImageReader.read(plain).height()).isEqualTo(100);
    }
}
