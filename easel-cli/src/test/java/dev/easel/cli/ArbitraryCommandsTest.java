package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.image.ImageWriter;
import dev.easel.image.Resizer;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArbitraryCommandsTest {
    private static final Path SHARED = VggLocator.sharedDirectory().toAbsolutePath();

    @TempDir
    Path dir;

    private Path folder(String name, String source, List<String> files, int side) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        for (String f : files) {
            ImageWriter.write(Resizer.fitLongSide(ImageReader.read(SHARED.resolve("images/" + source + "/" + f)), side),
                out.resolve(f.replace(".jpg", ".png")), false);
        }
        return out;
    }

    @Test
    void trainResumeThenStylizeWithAnyStyle() throws Exception {
        Path data = folder("data", "train", List.of("bsds300_100075.jpg", "bsds300_100080.jpg"), 64);
        Path styles = folder("styles", "styles-train", List.of("adain_asheville.jpg", "adain_en_campo_gris.jpg"), 48);
        Path run = dir.resolve("run");
        List<String> base = List.of("train", "arbitrary", "--arch", "adain", "--data", data.toString(), "--styles", styles.toString(),
            "--output", run.toString(), "--batch", "1", "--size", "32", "--style-size", "32", "--validate-every", "0",
            "--checkpoint-every", "2", "--name", "tiny");
        CliRun first = CliRun.of(concat(base, "--steps", "2"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRun again = CliRun.of(concat(base, "--steps", "2"));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already holds a training checkpoint");
        // a resume with other settings is refused; with the same ones it continues
        CliRun longer = CliRun.of(concat(base, "--steps", "3", "--resume"));
        assertThat(longer.exitCode()).isEqualTo(1);
        assertThat(longer.err()).contains("other settings");
        String card = Files.readString(run.resolve("tiny.json"));
        assertThat(card).contains("\"method\" : \"arbitrary\"", "\"architecture\" : \"adain\"", "\"encoderLayer\" : \"relu3_1\"",
            "./easel train arbitrary");

        Path out = dir.resolve("styled.png");
        CliRun styled = CliRun.of("stylize", "--method", "arbitrary", "--model", run.resolve("tiny.json").toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(),
            "--style", SHARED.resolve("images/style/candy.jpg").toString(),
            "--style", SHARED.resolve("images/style/mosaic.jpg").toString(), "--style-weights", "1,3",
            "--strength", "0.7", "--preserve-colors", "luminance", "--output", out.toString(), "--size", "66");
        assertThat(styled.exitCode()).as(styled.err()).isZero();
        assertThat(Math.max(ImageReader.read(out).width(), ImageReader.read(out).height())).isEqualTo(66);

        CliRun noStyle = CliRun.of("stylize", "--method", "arbitrary", "--model", run.resolve("tiny.json").toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--output", dir.resolve("x.png").toString());
        assertThat(noStyle.exitCode()).isEqualTo(2);
        assertThat(noStyle.err()).contains("needs at least one --style image");

        CliRun wrong = CliRun.of("stylize", "--method", "realtime", "--model", run.resolve("tiny.json").toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--output", dir.resolve("x.png").toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("use --method arbitrary");
    }

    @Test
    void yanaiTrainsAndStylizesWithMixesAndMasks() throws Exception {
        Path data = folder("data", "train", List.of("bsds300_100075.jpg", "bsds300_100080.jpg"), 64);
        Path styles = folder("styles", "styles-train", List.of("adain_asheville.jpg", "adain_en_campo_gris.jpg"), 48);
        Path run = dir.resolve("run");
        CliRun trained = CliRun.of("train", "arbitrary", "--arch", "yanai", "--data", data.toString(), "--styles", styles.toString(),
            "--output", run.toString(), "--batch", "1", "--size", "32", "--style-size", "32", "--validate-every", "0", "--steps", "2");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        String card = Files.readString(run.resolve("yanai.json"));
        assertThat(card).contains("\"method\" : \"arbitrary\"", "\"architecture\" : \"yanai\"", "\"styleVector\" : 32",
            "\"conditioning\" : \"cin\"");

        ImageWriter.write(mask(true), dir.resolve("left.png"), false);
        ImageWriter.write(mask(false), dir.resolve("right.png"), false);
        Path out = dir.resolve("regions.png");
        CliRun styled = CliRun.of("stylize", "--method", "arbitrary", "--model", run.resolve("yanai.json").toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(),
            "--style", SHARED.resolve("images/style/candy.jpg").toString(), "--style-mask", dir.resolve("left.png").toString(),
            "--style", SHARED.resolve("images/style/udnie.jpg").toString(), "--style-mask", dir.resolve("right.png").toString(),
            "--output", out.toString(), "--size", "64");
        assertThat(styled.exitCode()).as(styled.err()).isZero();
        assertThat(ImageReader.read(out).width()).isEqualTo(64);

        CliRun both = CliRun.of("stylize", "--method", "arbitrary", "--arch", "yanai", "--model", run.resolve("yanai.json").toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--style", SHARED.resolve("images/style/candy.jpg").toString(),
            "--output", dir.resolve("x.png").toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--arch or --model");
    }

    private static dev.easel.image.Picture mask(boolean left) {
        dev.easel.image.Picture m = dev.easel.image.Picture.blank(40, 30);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 40; x++) {
                    m.set(c, x, y, (x < 20) == left ? 255f : 0f);
                }
            }
        }
        return m;
    }

    @Test
    void aStylesFolderWithATestPaintingIsRefused() throws Exception {
        Path data = folder("data", "train", List.of("bsds300_100075.jpg"), 64);
        Path styles = folder("styles", "styles-train", List.of("adain_asheville.jpg"), 48);
        Files.copy(SHARED.resolve("images/style/udnie.jpg"), styles.resolve("udnie.jpg"));
        CliRun refused = CliRun.of("train", "arbitrary", "--data", data.toString(), "--styles", styles.toString(),
            "--output", dir.resolve("run").toString(), "--steps", "1", "--size", "32", "--validate-every", "0");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("unseen test painting udnie.jpg", "never be trained on");
    }

    /** The shipped AdaIN network coarse to fine: a picture of the requested size unlike the one-pass one; bad counts refused. */
    @Test
    void scalesPaintCoarseToFine() throws Exception {
        String content = SHARED.resolve("images/content/golden_gate.jpg").toString();
        String style = SHARED.resolve("images/style/the_scream.jpg").toString();
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertThat(CliRun.of("stylize", "--method", "arbitrary", "--content", content, "--style", style, "--size", "96",
            "--output", one.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("stylize", "--method", "arbitrary", "--content", content, "--style", style, "--size", "96",
            "--scales", "2", "--output", two.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        dev.easel.image.Picture a = ImageReader.read(one);
        dev.easel.image.Picture b = ImageReader.read(two);
        assertThat(b.width()).isEqualTo(a.width());
        assertThat(b.height()).isEqualTo(a.height());
        double diff = 0;
        for (int i = 0; i < a.data().length; i++) {
            diff += Math.abs(a.data()[i] - b.data()[i]);
        }
        assertThat(diff / a.data().length).as("mean difference between one pass and two").isGreaterThan(5);
        CliRun bad = CliRun.of("stylize", "--method", "arbitrary", "--content", content, "--style", style, "--scales", "5",
            "--output", dir.resolve("bad.png").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--scales must be between 1 and 4");
    }

    private static String[] concat(List<String> base, String... more) {
        return java.util.stream.Stream.concat(base.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
