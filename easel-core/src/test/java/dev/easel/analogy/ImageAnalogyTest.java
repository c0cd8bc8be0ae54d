package dev.easel.analogy;

import dev.easel.image.Picture;
import dev.easel.image.Pictures;
import dev.easel.stylize.Cancellation;
import dev.easel.stylize.CancelledException;
import dev.easel.stylize.ProgressListener;
import dev.easel.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Measured outcomes of Image Analogies on small pictures: the identity, two learned filters checked
 * against the true filter on a photo the pair never showed, texture by numbers, and coherence.
 * Filters are learned with a small κ, as the paper advises for them.
 */
class ImageAnalogyTest {
    /** The example photo (a hillside) and the photo to filter (a bear in grass): different scenes. */
    private static final Picture A = TestData.image("train/bsds300_100075.jpg", 320);
    private static final Picture B = TestData.image("train/bsds300_100080.jpg", 160);
    private static final AnalogySettings FILTER = AnalogySettings.defaults().withKappa(0.5);

    private static AnalogyResult apply(AnalogySettings settings, ExamplePair pair, Picture b) {
        return new ImageAnalogy(settings).apply(pair, b, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void identityPairReproducesThePhoto() {
        AnalogyResult r = apply(AnalogySettings.defaults().withKappa(0), new ExamplePair(A, A), B);
        double psnr = Filters.psnr(r.picture(), B);
        System.out.printf("identity: %.1f dB%n", psnr);
        assertThat(psnr).isGreaterThanOrEqualTo(30.0);
    }

    @Test
    void learnedBlurMatchesTheTrueBlurOnAnUnseenPhoto() {
        Picture truth = Filters.blur(B, 2.0);
        AnalogyResult r = apply(FILTER, new ExamplePair(A, Filters.blur(A, 2.0)), B);
        double psnr = Filters.psnr(r.picture(), truth);
        System.out.printf("blur: %.1f dB (the unfiltered photo: %.1f dB)%n", psnr, Filters.psnr(B, truth));
        assertThat(psnr).isGreaterThanOrEqualTo(28.0)
            // and it did learn something: closer to the blur than the unfiltered photo is
            .isGreaterThan(Filters.psnr(B, truth) + 2);
    }

    @Test
    void learnedEmbossMatchesTheTrueEmbossOnAnUnseenPhoto() {
        Picture truth = Filters.emboss(B);
        AnalogyResult r = apply(FILTER.withColor(AnalogyColor.FULL), new ExamplePair(A, Filters.emboss(A)), B);
        double psnr = Filters.psnr(r.picture(), truth);
        System.out.printf("emboss: %.1f dB%n", psnr);
        assertThat(psnr).isGreaterThanOrEqualTo(28.0);
    }

    @Test
    void textureByNumbersPaintsEachRegionWithItsTexture() {
        Picture starry = TestData.image("style/starry_night.jpg", 256);
        Picture candy = TestData.image("style/candy.jpg", 256);
        int w = 128;
        int h = 96;
        // A: left half label 1, right half label 2; A': the matching halves of two paintings
        boolean[] aLabels = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = w / 2; x < w; x++) {
                aLabels[y * w + x] = true;
            }
        }
        Picture aPrime = Picture.blank(w, h);
        Pictures.paste(starry, 0, 0, w / 2, h, aPrime, 0, 0);
        Pictures.paste(candy, 0, 0, w - w / 2, h, aPrime, w / 2, 0);
        // B: a disc of label 2 on label 1
        boolean[] bLabels = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bLabels[y * w + x] = Math.hypot(x - w / 2.0, y - h / 2.0) < 34;
            }
        }
        AnalogyResult r = apply(AnalogySettings.defaults().withColor(AnalogyColor.FULL).withRemap(false),
            new ExamplePair(labelMap(aLabels, w, h), aPrime), labelMap(bLabels, w, h));
        for (boolean label : new boolean[] {false, true}) {
            double[] want = meanColour(aPrime, aLabels, label, 4);
            double[] got = meanColour(r.picture(), bLabels, label, 4);
            for (int c = 0; c < 3; c++) {
                assertThat(got[c]).as("channel %d of region %s", c, label).isCloseTo(want[c], org.assertj.core.data.Offset.offset(15.0));
            }
        }
    }

    @Test
    void largerKappaCopiesLongerCoherentRuns() {
        ExamplePair pair = ExamplePair.fromPainting(TestData.image("style/starry_night.jpg", 200));
        double loose = apply(AnalogySettings.defaults().withKappa(0), pair, B).sources().meanRunLength();
        double coherent = apply(AnalogySettings.defaults().withKappa(10), pair, B).sources().meanRunLength();
        System.out.printf("mean run: %.1f px at kappa 0, %.1f px at kappa 10%n", loose, coherent);
        assertThat(coherent).isGreaterThan(2 * loose);
    }

    @Test
    void sameSeedSamePictureOtherSeedAnother() {
        ExamplePair pair = ExamplePair.fromPainting(TestData.image("style/starry_night.jpg", 120));
        Picture b = TestData.image("content/tubingen.jpg", 96);
        float[] first = apply(AnalogySettings.defaults(), pair, b).picture().data();
        float[] again = apply(AnalogySettings.defaults(), pair, b).picture().data();
        float[] other = apply(AnalogySettings.defaults().withSeed(2), pair, b).picture().data();
        assertThat(again).containsExactly(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void cancellationStopsTheSynthesis() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThatThrownBy(() -> new ImageAnalogy(AnalogySettings.defaults()).apply(new ExamplePair(A, A), B, ProgressListener.NONE, cancel))
            .isInstanceOf(CancelledException.class);
    }

    @Test
    void badInputsGiveClearMessages() {
        assertThatThrownBy(() -> new ExamplePair(A, B))
            .hasMessage("A and A' must have the same size: A is 320x213, A' is 107x160");
        assertThatThrownBy(() -> apply(AnalogySettings.defaults(), new ExamplePair(A, A), Picture.blank(5, 40)))
            .hasMessageContaining("too small (5x40)");
        assertThatThrownBy(() -> AnalogySettings.defaults().withKappa(-1)).hasMessageContaining("kappa");
    }

    private static Picture labelMap(boolean[] labels, int w, int h) {
        Picture p = Picture.blank(w, h);
        for (int i = 0; i < labels.length; i++) {
            for (int c = 0; c < 3; c++) {
                p.data()[c * w * h + i] = labels[i] ? 220 : 40;
            }
        }
        return p;
    }

    /** Mean colour of the pixels with this label, at least {@code margin} px from the other label. */
    private static double[] meanColour(Picture p, boolean[] labels, boolean label, int margin) {
        int w = p.width();
        int h = p.height();
        double[] sum = new double[3];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!inside(labels, w, h, x, y, label, margin)) {
                    continue;
                }
                n++;
                for (int c = 0; c < 3; c++) {
                    sum[c] += p.get(c, x, y);
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            sum[c] /= n;
        }
        return sum;
    }

    private static boolean inside(boolean[] labels, int w, int h, int x, int y, boolean label, int margin) {
        for (int dy = -margin; dy <= margin; dy++) {
            for (int dx = -margin; dx <= margin; dx++) {
                int sx = Math.max(0, Math.min(w - 1, x + dx));
                int sy = Math.max(0, Math.min(h - 1, y + dy));
                if (labels[sy * w + sx] != label) {
                    return false;
                }
            }
        }
        return true;
    }
}
