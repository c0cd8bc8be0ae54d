package dev.easel.video;

import dev.easel.image.Picture;
import dev.easel.stylize.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

class TemporalSmoothingTest {
    @TempDir
    Path dir;

    @Test
    void blockMatchingFindsAShift() {
        Picture previous = SyntheticClip.movingPattern(96, 64).apply(0);
        Picture current = shifted(previous, 5, 3); // content moves 5 right, 3 up
        FlowField flow = BlockMatchingFlow.estimate(previous, current);
        assertThat(flow.dx(48, 32)).isEqualTo(-5);
        assertThat(flow.dy(48, 32)).isEqualTo(3);
        Picture warped = flow.warp(previous);
        assertThat(FlickerMeter.meanAbsoluteDifference(crop(warped), crop(current))).isLessThan(1.0);
    }

    @Test
    void stillInputGivesZeroFlow() {
        Picture p = SyntheticClip.movingPattern(64, 48).apply(3);
        FlowField flow = BlockMatchingFlow.estimate(p, p);
        assertThat(flow.dx(10, 10)).isZero();
        assertThat(flow.dy(40, 30)).isZero();
    }

    @Test
    void flickerMeterComparesOutputChangeWithInputChange() {
        FlickerMeter meter = new FlickerMeter();
        Picture a = Picture.blank(4, 4);
        Picture b = filled(4, 4, 10);
        meter.add(a, a);
        meter.add(b, filled(4, 4, 30));
        assertThat(meter.inputChange()).isEqualTo(10);
        assertThat(meter.outputChange()).isEqualTo(30);
        assertThat(meter.flicker()).isEqualTo(3);
    }

    @Test
    void smoothingLowersTheFlickerOfABoilingStylizer() {
        Path clip = dir.resolve("in.mp4");
        SyntheticClip.write(clip, 12, 18, SyntheticClip.movingPattern(64, 48), false);
        double raw = run(clip, "raw.mp4", 0).flicker();
        double smoothed = run(clip, "smooth.mp4", 0.8).flicker();
        assertThat(raw).isGreaterThan(2);
        assertThat(smoothed).isLessThan(raw * 0.7);
    }

    @Test
    void smoothingLeavesAStableStylizationAlmostUnchanged() {
        // The identity "style" does not flicker: smoothing must follow the motion, not smear it.
        IntFunction<Picture> frames = SyntheticClip.movingPattern(96, 64);
        TemporalSmoother smoother = new TemporalSmoother(0.9);
        double worst = 0;
        for (int i = 0; i < 12; i++) {
            Picture f = frames.apply(i);
            worst = Math.max(worst, FlickerMeter.meanAbsoluteDifference(smoother.smooth(f, f), f));
        }
        assertThat(worst).isLessThan(2.0);
    }

    @Test
    void strengthZeroChangesNothing() {
        TemporalSmoother off = new TemporalSmoother(0);
        Picture a = SyntheticClip.movingPattern(32, 32).apply(0);
        Picture b = filled(32, 32, 7);
        off.smooth(a, a);
        assertThat(off.smooth(a, b)).isSameAs(b);
    }

    private VideoResult run(Path clip, String out, double temporal) {
        return new VideoPipeline(FakeStylizers.boiling(), FakeStylizers.request(0))
            .run(clip, dir.resolve(out), VideoPipeline.Settings.whole(temporal), VideoPipeline.FrameListener.NONE, Cancellation.none());
    }

    private static Picture shifted(Picture p, int right, int up) {
        Picture out = Picture.blank(p.width(), p.height());
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < p.height(); y++) {
                for (int x = 0; x < p.width(); x++) {
                    int sx = Math.min(p.width() - 1, Math.max(0, x - right));
                    int sy = Math.min(p.height() - 1, Math.max(0, y + up));
                    out.set(c, x, y, p.get(c, sx, sy));
                }
            }
        }
        return out;
    }

    /** The middle, away from the borders where shifted content has no source. */
    private static Picture crop(Picture p) {
        return dev.easel.image.Pictures.crop(p, 16, 16, p.width() - 16, p.height() - 16);
    }

    private static Picture filled(int w, int h, float v) {
        Picture p = Picture.blank(w, h);
        java.util.Arrays.fill(p.data(), v);
        return p;
    }
}
