package dev.easel.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColorTransferTest {
    /** Random mid-range colours with some correlation between channels, so clamping never kicks in. */
    private static Picture noise(long seed, float[] base, float spread) {
        Random random = new Random(seed);
        Picture p = Picture.blank(50, 40);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                double shared = random.nextGaussian();
                for (int c = 0; c < 3; c++) {
                    double v = base[c] + spread * (0.6 * shared + 0.4 * random.nextGaussian());
                    p.set(c, x, y, (float) Math.max(60, Math.min(195, v)));
                }
            }
        }
        return p;
    }

    @Test
    void yiqRoundTrip() {
        Picture p = noise(1, new float[] {120, 130, 140}, 30);
        Picture back = ColorTransfer.yiqToRgb(ColorTransfer.rgbToYiq(p));
        assertThat(Fixtures.meanAbsDiff(p, back)).isLessThan(1e-3);
    }

    @Test
    void keepLuminanceTakesYFromStylizedAndChromaFromContent() {
        Picture stylized = noise(2, new float[] {110, 140, 120}, 12);
        Picture content = noise(3, new float[] {130, 120, 125}, 12);
        Picture out = ColorTransfer.keepLuminance(stylized, content);
        Picture outYiq = ColorTransfer.rgbToYiq(out);
        Picture stylizedYiq = ColorTransfer.rgbToYiq(stylized);
        Picture contentYiq = ColorTransfer.rgbToYiq(content);
        int plane = out.width() * out.height();
        for (int i = 0; i < plane; i++) {
            assertThat(outYiq.data()[i]).isCloseTo(stylizedYiq.data()[i], within(1.0f));
            assertThat(outYiq.data()[plane + i]).isCloseTo(contentYiq.data()[plane + i], within(1.0f));
            assertThat(outYiq.data()[2 * plane + i]).isCloseTo(contentYiq.data()[2 * plane + i], within(1.0f));
        }
    }

    @Test
    void keepLuminanceNeedsEqualSizes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ColorTransfer.keepLuminance(Picture.blank(4, 4), Picture.blank(4, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchHistogramMatchesMeanAndCovariance() {
        Picture style = noise(4, new float[] {100, 150, 120}, 15);
        Picture content = noise(5, new float[] {140, 110, 130}, 10);
        // Give the content a different correlation structure than the style.
        for (int i = 0; i < content.width() * content.height(); i++) {
            content.data()[2 * content.width() * content.height() + i] =
                    250f - content.data()[i] * 0.8f;
        }
        Picture out = ColorTransfer.matchHistogram(style, content);
        assertThat(out.width()).isEqualTo(style.width());
        double[] muOut = mean(out);
        double[] muContent = mean(content);
        double[][] covOut = covariance(out, muOut);
        double[][] covContent = covariance(content, muContent);
        for (int r = 0; r < 3; r++) {
            assertThat(muOut[r]).isCloseTo(muContent[r], within(0.1));
            for (int c = 0; c < 3; c++) {
                assertThat(covOut[r][c]).as("cov[%d][%d]", r, c).isCloseTo(covContent[r][c], within(0.5));
            }
        }
        for (float v : out.data()) {
            assertThat(v).isBetween(0f, 255f);
        }
    }

    @Test
    void matchHistogramSurvivesAFlatStyle() {
        Picture out = ColorTransfer.matchHistogram(Fixtures.constant(8, 8, 10, 20, 30), noise(6, new float[] {128, 128, 128}, 20));
        for (float v : out.data()) {
            assertThat(v).isFinite().isBetween(0f, 255f);
        }
    }

    private static double[] mean(Picture p) {
        int n = p.width() * p.height();
        double[] mu = new double[3];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < n; i++) {
                mu[c] += p.data()[c * n + i];
            }
            mu[c] /= n;
        }
        return mu;
    }

    private static double[][] covariance(Picture p, double[] mu) {
        int n = p.width() * p.height();
        double[][] cov = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < n; i++) {
                    cov[r][c] += (p.data()[r * n + i] - mu[r]) * (p.data()[c * n + i] - mu[c]);
                }
                cov[r][c] /= n;
            }
        }
        return cov;
    }
}
