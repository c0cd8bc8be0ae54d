package dev.easel.cli;

import dev.easel.image.ImageWriter;
import dev.easel.image.Picture;
import dev.easel.testing.TestData;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MultiCommandsTest {
    private static final Path SHARED = VggLocator.sharedDirectory().toAbsolutePath();

    @TempDir
    Path dir;

    private String style(String name) {
        return SHARED.resolve("images/style/" + name + ".jpg").toString();
    }

    private CliRun stylize(Path model, String... extra) {
        List<String> args = new ArrayList<>(List.of("stylize", "--method", "multi", "--model", model.toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--size", "64"));
        args.addAll(Arrays.asList(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void trainMixMaskAndAddAStyleFromTheCommandLine() throws Exception {
        Path data = TestData.smallCopies(dir, "train", List.of("bsds300_100075.jpg", "bsds300_100080.jpg"), 64);
        Path run = dir.resolve("run");
        CliRun trained = CliRun.of("train", "multi", "--style", style("candy"), "--style", style("mosaic"), "--style", style("udnie"),
            "--data", data.toString(), "--output", run.toString(), "--steps", "3", "--size", "32", "--style-size", "64",
            "--validate-every", "0", "--name", "tiny");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        Path model = run.resolve("tiny.json");
        assertThat(Files.readString(model)).contains("\"method\" : \"multi\"", "\"conditioning\" : \"cin\"", "udnie.jpg");

        CliRun mixed = stylize(model, "--style", "candy", "--style", "mosaic", "--style", "udnie",
            "--style-weights", "0.2,0.5,0.3", "--output", dir.resolve("mixed.png").toString());
        assertThat(mixed.exitCode()).as(mixed.err()).isZero();

        // left half candy, right half udnie
        Picture left = Picture.blank(8, 8);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 4; x++) {
                    left.set(c, x, y, 255f);
                }
            }
        }
        Picture right = left.copy();
        for (int i = 0; i < right.data().length; i++) {
            right.data()[i] = 255f - right.data()[i];
        }
        ImageWriter.write(left, dir.resolve("left.png"), false);
        ImageWriter.write(right, dir.resolve("right.png"), false);
        CliRun masked = stylize(model, "--style", "candy", "--style", "udnie", "--style-mask", dir.resolve("left.png").toString(),
            "--style-mask", dir.resolve("right.png").toString(), "--output", dir.resolve("masked.png").toString());
        assertThat(masked.exitCode()).as(masked.err()).isZero();

        CliRun negative = stylize(model, "--style", "candy", "--style", "mosaic", "--style-weights", "1,-1",
            "--output", dir.resolve("x.png").toString());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--style-weights must be finite numbers >= 0");
        CliRun zero = stylize(model, "--style", "candy", "--style", "mosaic", "--style-weights", "0,0",
            "--output", dir.resolve("x.png").toString());
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("must not all be zero");
        CliRun count = stylize(model, "--style", "candy", "--style", "mosaic", "--style-weights", "1,2,3",
            "--output", dir.resolve("x.png").toString());
        assertThat(count.exitCode()).isEqualTo(2);
        assertThat(count.err()).contains("--style-weights has 3 values but 2 --style");
        CliRun unknown = stylize(model, "--style", "starry_night", "--output", dir.resolve("x.png").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no style 'starry_night'", "candy.jpg, mosaic.jpg, udnie.jpg");
        CliRun masks = stylize(model, "--style", "candy", "--style", "mosaic", "--style-mask", dir.resolve("left.png").toString(),
            "--output", dir.resolve("x.png").toString());
        assertThat(masks.exitCode()).isEqualTo(2);
        assertThat(masks.err()).contains("one per style");
        CliRun wrongMethod = CliRun.of("stylize", "--method", "realtime", "--model", model.toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--output", dir.resolve("x.png").toString());
        assertThat(wrongMethod.exitCode()).isEqualTo(2);
        assertThat(wrongMethod.err()).contains("is a multi model; use --method multi");

        Path added = dir.resolve("added");
        CliRun addition = CliRun.of("train", "multi", "--add-style", style("the_scream"), "--model", model.toString(),
            "--data", data.toString(), "--output", added.toString(), "--steps", "2", "--size", "32", "--style-size", "64",
            "--validate-every", "0");
        assertThat(addition.exitCode()).as(addition.err()).isZero();
        Path bigger = added.resolve("tiny+the_scream.json");
        assertThat(Files.readString(bigger)).contains("the_scream.jpg", "\"addedTo\" : \"tiny.json\"");
        CliRun scream = stylize(bigger, "--style", "the_scream", "--output", dir.resolve("scream.png").toString());
        assertThat(scream.exitCode()).as(scream.err()).isZero();
    }
}
