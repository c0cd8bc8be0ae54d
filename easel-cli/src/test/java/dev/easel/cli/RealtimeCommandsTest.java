package dev.easel.cli;

import dev.easel.image.ImageReader;
import dev.easel.testing.TestData;
import dev.easel.vgg.VggLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RealtimeCommandsTest {
    private static final Path SHARED = VggLocator.sharedDirectory().toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void trainThenStylizeWithTheModelAndRefuseToOverwriteARun() throws Exception {
        Path data = TestData.smallCopies(dir, "train", List.of("bsds300_100075.jpg", "bsds300_100080.jpg"), 64);
        Path run = dir.resolve("run");
        String[] train = {"train", "realtime", "--style", SHARED.resolve("images/style/candy.jpg").toString(),
            "--data", data.toString(), "--output", run.toString(), "--arch", "compact", "--steps", "3", "--size", "32",
            "--style-size", "64", "--validate-every", "0", "--name", "tiny"};
        CliRun trained = CliRun.of(train);
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(run.resolve("tiny.json")).exists();
        assertThat(run.resolve("tiny.weights")).exists();
        assertThat(Files.readString(run.resolve("tiny.json"))).contains("\"steps\" : 3", "candy.jpg", "./easel train realtime");

        CliRun again = CliRun.of(train);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already holds a training checkpoint", "--resume");

        Path out = dir.resolve("styled.png");
        CliRun styled = CliRun.of("stylize", "--method", "realtime", "--model", run.resolve("tiny.json").toString(),
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--output", out.toString(), "--size", "96");
        assertThat(styled.exitCode()).as(styled.err()).isZero();
        assertThat(Math.max(ImageReader.read(out).width(), ImageReader.read(out).height())).isEqualTo(96);

        CliRun missing = CliRun.of("stylize", "--method", "realtime", "--model", "no-such-model",
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--output", dir.resolve("x.png").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no model named 'no-such-model'");

        CliRun noModel = CliRun.of("stylize", "--method", "realtime",
            "--content", SHARED.resolve("images/content/amber.jpg").toString(), "--output", dir.resolve("x.png").toString());
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("--model");
    }
}
