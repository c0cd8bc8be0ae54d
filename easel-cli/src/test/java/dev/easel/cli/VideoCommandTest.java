package dev.easel.cli;

import dev.easel.image.Picture;
import dev.easel.image.Resizer;
import dev.easel.video.FlickerMeter;
import dev.easel.video.SyntheticClip;
import dev.easel.video.VideoContents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** easel video on a clip made here: a moving pattern with a tone, 1.5 s at 12 fps, stylized by the shipped mosaic-fast model (the default). */
class VideoCommandTest {
    static final double FPS = 12;
    static final int FRAMES = 18;

    @TempDir
    static Path shared;
    static Path clip;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeClip() {
        clip = shared.resolve("clip.mp4");
        SyntheticClip.write(clip, FPS, FRAMES, SyntheticClip.movingPattern(96, 64), true);
    }

    @Test
    void keepsFrameCountRateAndAudio() {
        Path out = dir.resolve("out.mp4");
        CliRun run = CliRun.of("video", "--input", clip.toString(), "--output", out.toString(), "--size", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("18 frames", "with audio", "flicker");
        assertThat(run.err()).doesNotContain("are painted and written at");
        VideoContents d = VideoContents.of(out);
        assertThat(d.frames()).hasSize(FRAMES);
        assertThat(d.info().frameRate()).isCloseTo(FPS, within(0.01));
        assertThat(d.info().width()).isEqualTo(96);
        assertThat(d.info().hasAudio()).isTrue();
        assertThat(d.audioSeconds()).isCloseTo(FRAMES / FPS, within(0.1));
    }

    @Test
    void temporalSmoothingLowersTheMeasuredFlicker() {
        Path raw = dir.resolve("raw.mp4");
        Path smooth = dir.resolve("smooth.mp4");
        assertThat(CliRun.of("video", "--input", clip.toString(), "--output", raw.toString(), "--size", "0").exitCode()).isZero();
        assertThat(CliRun.of("video", "--input", clip.toString(), "--output", smooth.toString(), "--size", "0",
            "--temporal", "0.8").exitCode()).isZero();
        // Measured here from the files, not taken from the command's report.
        double without = flicker(VideoContents.of(clip).frames(), VideoContents.of(raw).frames());
        double with = flicker(VideoContents.of(clip).frames(), VideoContents.of(smooth).frames());
        assertThat(with).isLessThan(without * 0.85);
    }

    @Test
    void startAndDurationCutAPiece() {
        Path out = dir.resolve("piece.mkv");
        CliRun run = CliRun.of("video", "--input", clip.toString(), "--output", out.toString(), "--size", "48",
            "--start", "0.5", "--duration", "0:00.5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("frames of \\d+x\\d+ are painted and written at 48x\\d+ \\(--size 48; --size 0 keeps the video's size\\)");
        VideoContents d = VideoContents.of(out);
        assertThat(d.frames()).hasSize(6);
        assertThat(d.info().width()).isEqualTo(48);
        assertThat(d.audioSeconds()).isCloseTo(0.5, within(0.1));
    }

    @Test
    void refusesAnExistingOutputAndBadArguments() throws IOException {
        Path taken = Files.writeString(dir.resolve("taken.mp4"), "mine");
        CliRun exists = CliRun.of("video", "--input", clip.toString(), "--output", taken.toString());
        assertThat(exists.exitCode()).isEqualTo(1);
        assertThat(exists.err()).contains("already exists; use --force");
        assertThat(Files.readString(taken)).isEqualTo("mine");

        CliRun missing = CliRun.of("video", "--input", dir.resolve("nope.mp4").toString(), "--output", dir.resolve("o.mp4").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.mp4: file not found");

        Path notVideo = Files.writeString(dir.resolve("text.mp4"), "hello");
        CliRun corrupt = CliRun.of("video", "--input", notVideo.toString(), "--output", dir.resolve("o.mp4").toString());
        assertThat(corrupt.exitCode()).isEqualTo(1);
        assertThat(corrupt.err()).contains("text.mp4: not a video FFmpeg can read").doesNotContain("\tat ");

        assertThat(CliRun.of("video", "--input", clip.toString(), "--output", dir.resolve("o.gif").toString()).err())
            .contains("unsupported video format");
        CliRun temporal = CliRun.of("video", "--input", clip.toString(), "--output", dir.resolve("o.mp4").toString(), "--temporal", "2");
        assertThat(temporal.exitCode()).isEqualTo(2);
        assertThat(temporal.err()).contains("--temporal");
        assertThat(CliRun.of("video", "--input", clip.toString(), "--output", dir.resolve("o.mp4").toString(), "--start", "soon").exitCode())
            .isEqualTo(2);
        CliRun past = CliRun.of("video", "--input", clip.toString(), "--output", dir.resolve("o.mp4").toString(), "--start", "9");
        assertThat(past.exitCode()).isEqualTo(1);
        assertThat(past.err()).contains("past the end");
        assertThat(dir.resolve("o.mp4")).doesNotExist();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("taken.mp4", "text.mp4"); // no temporary files left
    }

    private static double flicker(List<Picture> input, List<Picture> output) {
        FlickerMeter meter = new FlickerMeter();
        for (int i = 0; i < output.size(); i++) {
            Picture out = output.get(i);
            meter.add(Resizer.resize(input.get(i), out.width(), out.height()), out);
        }
        return meter.flicker();
    }
}
