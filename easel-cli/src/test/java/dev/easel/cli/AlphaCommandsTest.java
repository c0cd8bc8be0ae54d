package dev.easel.cli;

import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A photo with transparency keeps it through every method and batch: colours painted, alpha carried, PNG out. */
class AlphaCommandsTest {
    @TempDir
    Path dir;

    /** 96x64: the left third transparent, the rest opaque, a photo's pixels everywhere. */
    private Path transparentPhoto() throws IOException {
        BufferedImage photo = ImageIO.read(VggLocator.sharedDirectory().resolve("images/content/tubingen.jpg").toFile());
        BufferedImage out = new BufferedImage(96, 64, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 96; x++) {
                int rgb = photo.getRGB(x * 5, y * 5) & 0xFFFFFF;
                out.setRGB(x, y, (x < 32 ? 0 : 0xFF000000) | rgb);
            }
        }
        Path file = dir.resolve("in/cut-out.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    private static void assertKeepsAlpha(Path png, int width) throws IOException {
        BufferedImage result = ImageIO.read(png.toFile());
        assertThat(result.getWidth()).isEqualTo(width);
        assertThat(result.getColorModel().hasAlpha()).isTrue();
        int h = result.getHeight();
        assertThat(result.getRGB(2, h / 2) >>> 24).as("transparent side").isZero();
        assertThat(result.getRGB(width - 3, h / 2) >>> 24).as("opaque side").isEqualTo(255);
    }

    @Test
    void everyMethodKeepsTheAlpha() throws IOException {
        Path photo = transparentPhoto();
        List<List<String>> methods = List.of(
            List.of("--method", "realtime", "--model", "candy"),
            List.of("--method", "multi", "--style", "udnie", "--style", "candy"),
            List.of("--method", "arbitrary", "--style", "the_scream"),
            List.of("--method", "gatys", "--style", "starry_night", "--iterations", "2", "--start-size", "0"),
            List.of("--method", "realtime", "--model", "mosaic-fast", "--refine", "1", "--start-size", "0"));
        for (List<String> method : methods) {
            Path out = dir.resolve(method.get(1) + method.size() + ".png");
            List<String> args = new ArrayList<>(List.of("stylize", "--content", photo.toString(), "--output", out.toString(), "--size", "72"));
            args.addAll(method);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(method + ": " + run.err()).isZero();
            assertKeepsAlpha(out, 72);
        }
    }

    @Test
    void batchKeepsTheAlpha() throws IOException {
        Path photo = transparentPhoto();
        CliRun run = CliRun.of("batch", "--input", photo.getParent().toString(), "--output", dir.resolve("out").toString(),
            "--method", "realtime", "--model", "candy", "--size", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertKeepsAlpha(dir.resolve("out/cut-out.png"), 96);
    }
}
