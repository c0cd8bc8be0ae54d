package dev.easel.video;

import dev.easel.EaselException;
import dev.easel.image.Picture;
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

        Contents c = Contents.of(clip, 0, 0);
        assertThat(c.info.width()).isEqualTo(64);
        assertThat(c.info.height()).isEqualTo(48);
        assertThat(c.info.frameRate()).isCloseTo(FPS, within(0.01));
        assertThat(c.info.hasAudio()).isTrue();
        assertThat(c.images).hasSize(FRAMES);
        assertThat(c.audioSeconds).isCloseTo(FRAMES / FPS, within(0.1));
        // Lossy, but the pattern survives: the first frame is close to what was written.
        assertThat(FlickerMeter.meanAbsoluteDifference(c.images.get(0), SyntheticClip.movingPattern(64, 48).apply(0))).isLessThan(12);
        assertThat(dir.toFile().list()).containsExactly("clip.mp4"); // no temporary file left
    }

    @Test
    void aPieceStartsAndStopsWhereAsked() {
        Path clip = dir.resolve("clip.mkv");
        SyntheticClip.write(clip, FPS, FRAMES, SyntheticClip.movingPattern(64, 48), true);
        Contents piece = Contents.of(clip, 0.5, 0.5);
        assertThat(piece.images).hasSize(6);
        assertThat(piece.audioSeconds).isCloseTo(0.5, within(0.1));
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
    void thePipelineKeepsFrameCountRateAndAudioAndReportsFlicker() {
        Path clip = dir.resolve("in.mp4");
        SyntheticClip.write(clip, FPS, FRAMES, SyntheticClip.movingPattern(64, 48), true);
        Path out = dir.resolve("out.mp4");
        List<Long> progress = new ArrayList<>();
        VideoResult r = new VideoPipeline(new FakeStylizers.Identity(), FakeStylizers.request(0))
            .run(clip, out, VideoPipeline.Settings.whole(0), (done, expected) -> progress.add(done), Cancellation.none());

        assertThat(r.frames()).isEqualTo(FRAMES);
        assertThat(progress).hasSize(FRAMES + 1).startsWith(0L).endsWith((long) FRAMES);
        assertThat(r.flicker()).as("an identity 'style' changes exactly as much as its input").isCloseTo(1.0, within(1e-6));
        Contents c = Contents.of(out, 0, 0);
        assertThat(c.images).hasSize(FRAMES);
        assertThat(c.info.frameRate()).isCloseTo(FPS, within(0.01));
        assertThat(c.info.hasAudio()).isTrue();
        assertThat(c.audioSeconds).isCloseTo(FRAMES / FPS, within(0.1));
    }

    /** Everything a reader yields for a piece of a file. */
    record Contents(VideoInfo info, List<Picture> images, double audioSeconds) {
        static Contents of(Path file, double start, double duration) {
            try (VideoReader r = VideoReader.open(file, start, duration)) {
                List<Picture> images = new ArrayList<>();
                double audio = 0;
                for (Chunk c = r.next(); c != null; c = r.next()) {
                    if (c instanceof Chunk.Image i) {
                        images.add(i.picture());
                    } else {
                        var f = ((Chunk.Audio) c).samples();
                        audio += (double) f.samples[0].limit() / (f.samples.length == 1 ? f.audioChannels : 1) / f.sampleRate;
                    }
                }
                return new Contents(r.info(), images, audio);
            }
        }
    }
}
