package dev.easel.video;

import dev.easel.EaselException;
import dev.easel.InvalidSettingException;
import dev.easel.stylize.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VideoRoundTripTest {
    static final double FPS = 12;
    static final int FRAMES = 18; // 1.5 s

    @TempDir
    Path dir;

    @Test
    void aGeneratedClipReadsBackWithItsFramesRateAndTone() {
        Path clip = dir.resolve("clip.mp4");
        SyntheticClip.write(clip, FPS, FRAMES, SyntheticClip.movingPattern(64, 48), true);

        VideoContents c = VideoContents.of(clip);
        assertThat(c.info().width()).isEqualTo(64);
        assertThat(c.info().height()).isEqualTo(48);
        assertThat(c.info().frameRate()).isCloseTo(FPS, within(0.01));
        assertThat(c.info().hasAudio()).isTrue();
        assertThat(c.frames()).hasSize(FRAMES);
        assertThat(c.audioSeconds()).isCloseTo(FRAMES / FPS, within(0.1));
        // Lossy, but the pattern survives: the first frame is close to what was written.
        assertThat(FlickerMeter.meanAbsoluteDifference(c.frames().get(0), SyntheticClip.movingPattern(64, 48).apply(0))).isLessThan(12);
        assertThat(dir.toFile().list()).containsExactly("clip.mp4"); // no temporary file left
    }

    @Test
    void aPieceStartsAndStopsWhereAsked() {
        Path clip = dir.resolve("clip.mkv");
        SyntheticClip.write(clip, FPS, FRAMES, SyntheticClip.movingPattern(64, 48), true);
        VideoContents piece = VideoContents.of(clip, 0.5, 0.5);
        assertThat(piece.frames()).hasSize(6);
        assertThat(piece.audioSeconds()).isCloseTo(0.5, within(0.1));
    }

    @Test
    void anExistingOutputIsRefusedAndKept() throws IOException {
        Path out = dir.resolve("taken.mp4");
        Files.writeString(out, "mine");
        assertThatThrownBy(() -> SyntheticClip.write(out, FPS, 2, SyntheticClip.movingPattern(16, 16), false))
            .isInstanceOf(EaselException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("mine");
    }

    @Test
    void aFileThatIsNotAVideoIsAClearError() throws IOException {
        Path bad = dir.resolve("bad.mp4");
        Files.writeString(bad, "not a video at all");
        assertThatThrownBy(() -> VideoReader.open(bad)).isInstanceOf(EaselException.class)
            .hasMessageContaining("bad.mp4: not a video FFmpeg can read");
        assertThatThrownBy(() -> VideoReader.open(dir.resolve("missing.mp4"))).hasMessageContaining("file not found");
        assertThatThrownBy(() -> VideoWriter.checkWritable(dir.resolve("x.gif"), false)).hasMessageContaining("unsupported video format");
    }

    @Test
    void settingsOutOfRangeNameTheSettingAndItsRule() {
        assertThatThrownBy(() -> new VideoPipeline.Settings(-1, 0, 0, false)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("start must be a finite number >= 0, got -1.0")
            .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo(VideoPipeline.Settings.START);
        assertThatThrownBy(() -> new VideoPipeline.Settings(0, Double.NaN, 0, false)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("duration must be a finite number of seconds, got NaN");
        assertThatThrownBy(() -> VideoPipeline.Settings.whole(2)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("temporal strength must be between 0 and 1, got 2.0")
            .extracting(e -> ((InvalidSettingException) e).rule()).isEqualTo("must be between 0 and 1, got 2.0");
    }

    @Test
    void thePipelineKeepsFrameCountRateAndAudioAndReportsFlicker() {
        Path clip = dir.resolve("in.mp4");
        SyntheticClip.write(clip, FPS, FRAMES, SyntheticClip.movingPattern(64, 48), true);
        Path out = dir.resolve("out.mp4");
        List<Long> progress = new ArrayList<>();
        VideoResult r = new VideoPipeline(FakeStylizers.identity(), FakeStylizers.request(0))
            .run(clip, out, VideoPipeline.Settings.whole(0), (done, expected) -> progress.add(done), Cancellation.none());

        assertThat(r.frames()).isEqualTo(FRAMES);
        assertThat(progress).hasSize(FRAMES + 1).startsWith(0L).endsWith((long) FRAMES);
        assertThat(r.flicker()).as("an identity 'style' changes exactly as much as its input").isCloseTo(1.0, within(1e-6));
        VideoContents c = VideoContents.of(out);
        assertThat(c.frames()).hasSize(FRAMES);
        assertThat(c.info().frameRate()).isCloseTo(FPS, within(0.01));
        assertThat(c.info().hasAudio()).isTrue();
        assertThat(c.audioSeconds()).isCloseTo(FRAMES / FPS, within(0.1));
    }
}
