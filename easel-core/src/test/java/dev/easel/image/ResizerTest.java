package dev.easel.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResizerTest {
    @Test
    void constantImageStaysConstant() {
        Picture flat = Fixtures.constant(37, 23, 10f, 128f, 250f);
        for (int[] size : new int[][] {{9, 5}, {100, 61}, {37, 40}, {1, 1}}) {
            Picture out = Resizer.resize(flat, size[0], size[1]);
            assertThat(out.width()).isEqualTo(size[0]);
            assertThat(out.height()).isEqualTo(size[1]);
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    assertThat(out.get(0, x, y)).isCloseTo(10f, within(0.01f));
                    assertThat(out.get(1, x, y)).isCloseTo(128f, within(0.01f));
                    assertThat(out.get(2, x, y)).isCloseTo(250f, within(0.01f));
                }
            }
        }
    }

    @Test
    void enlargingWithDetailKeepsTheFinePicturesTextureOnTheCoarsePicturesColour() {
        // fine: a 1-pixel checkerboard of 100 and 140 around 120, a texture no 16 px picture can hold
        Picture fine = Fixtures.checkerboard(64, 64, 100f, 140f);
        Picture coarse = Fixtures.constant(16, 16, 60f, 60f, 60f);
        Picture out = Resizer.enlargeWithDetail(coarse, fine);
        assertThat(out.width()).isEqualTo(64);
        for (int y = 8; y < 56; y++) { // away from the borders, where resampling meets the edge
            for (int x = 8; x < 56; x++) {
                // the coarse colour (60) plus the fine picture's deviation from its own blurred self (-20 or +20)
                assertThat(out.get(1, x, y)).isCloseTo((x + y) % 2 == 0 ? 40f : 80f, within(1.5f));
            }
        }
        // with nothing to add, it is the plain enlargement
        Picture same = Resizer.enlargeWithDetail(coarse, Fixtures.constant(64, 64, 30f, 30f, 30f));
        assertThat(same.get(0, 31, 31)).isCloseTo(60f, within(0.01f));
    }

    @Test
    void downscalingACheckerboardGivesMidGrey() {
        Picture checker = Fixtures.checkerboard(64, 64, 0f, 255f);
        Picture out = Resizer.resize(checker, 16, 16);
        for (float v : out.data()) {
            assertThat(v).isCloseTo(127.5f, within(2f)); // point sampling would give 0 or 255
        }
    }

    @Test
    void upscalingInterpolatesSmoothly() {
        Picture ramp = Picture.blank(32, 1);
        for (int x = 0; x < 32; x++) {
            for (int c = 0; c < 3; c++) {
                ramp.set(c, x, 0, 6f * x + 20f);
            }
        }
        Picture out = Resizer.resize(ramp, 128, 1);
        // Away from the borders a linear ramp stays linear (up to Lanczos' small ripple).
        for (int x = 30; x < 98; x++) {
            double source = (x + 0.5) / 4 - 0.5;
            assertThat(out.get(0, x, 0)).isCloseTo((float) (6 * source + 20), within(0.1f));
        }
    }

    @Test
    void fitLongSideKeepsAspect() {
        Picture landscape = Resizer.fitLongSide(Picture.blank(400, 300), 100);
        assertThat(landscape.width()).isEqualTo(100);
        assertThat(landscape.height()).isEqualTo(75);
        Picture portrait = Resizer.fitLongSide(Picture.blank(301, 1000), 512);
        assertThat(portrait.height()).isEqualTo(512);
        assertThat(portrait.width()).isEqualTo(154); // 301 * 0.512 = 154.1
        Picture sliver = Resizer.fitLongSide(Picture.blank(1000, 1), 10);
        assertThat(sliver.width()).isEqualTo(10);
        assertThat(sliver.height()).isEqualTo(1);
    }

    @Test
    void largeImagesAreFastEnough() {
        Picture big = Fixtures.gradient(4096, 4096);
        long start = System.nanoTime();
        Picture out = Resizer.fitLongSide(big, 512);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(out.width()).isEqualTo(512);
        assertThat(seconds).isLessThan(10.0); // generous for slow CI; typically well under a second
    }
}
