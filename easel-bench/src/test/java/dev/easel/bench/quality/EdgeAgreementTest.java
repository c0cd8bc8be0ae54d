package dev.easel.bench.quality;

import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EdgeAgreementTest {
    /** A 96x64 picture: {@code inside} colour in a centred rectangle and a disc, {@code outside} elsewhere. */
    private static Picture shapes(float[] inside, float[] outside) {
        Picture p = new Picture(96, 64, new float[3 * 96 * 64]);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 96; x++) {
                boolean in = (x >= 16 && x < 48 && y >= 12 && y < 52) || (x - 70) * (x - 70) + (y - 30) * (y - 30) < 144;
                for (int c = 0; c < 3; c++) {
                    p.set(c, x, y, in ? inside[c] : outside[c]);
                }
            }
        }
        return p;
    }

    @Test
    void aRecolouredPhotoKeepsAllItsEdges() {
        Picture photo = shapes(new float[] {255, 255, 255}, new float[] {0, 0, 0});
        Picture recoloured = shapes(new float[] {220, 40, 30}, new float[] {20, 60, 200}); // another palette, the same shapes
        try (EdgeAgreement edges = new EdgeAgreement(photo)) {
            assertThat(edges.of(photo)).isCloseTo(1.0, within(1e-5));
            assertThat(edges.of(recoloured)).isCloseTo(1.0, within(0.01)); // not exact: the shrink clamps the black and white ringing
        }
    }

    @Test
    void noiseAndAFlatPictureShareNoEdgesWithThePhoto() {
        Picture photo = shapes(new float[] {255, 255, 255}, new float[] {0, 0, 0});
        Random random = new Random(7);
        Picture noise = new Picture(96, 64, new float[3 * 96 * 64]);
        for (int i = 0; i < noise.data().length; i++) {
            noise.data()[i] = random.nextFloat() * 255;
        }
        try (EdgeAgreement edges = new EdgeAgreement(photo)) {
            assertThat(Math.abs(edges.of(noise))).isLessThan(0.15);
            assertThat(edges.of(new Picture(96, 64, new float[3 * 96 * 64]))).isNaN();
        }
    }

    /** Strokes over the photo's shapes lower the score in proportion to how much they hide. */
    @Test
    void moreTextureOverTheShapesScoresLower() {
        Picture photo = shapes(new float[] {255, 255, 255}, new float[] {0, 0, 0});
        try (EdgeAgreement edges = new EdgeAgreement(photo)) {
            double light = edges.of(striped(photo, 40));
            double heavy = edges.of(striped(photo, 160));
            assertThat(light).isLessThan(1.0).isGreaterThan(heavy);
            assertThat(heavy).isGreaterThan(0.0);
        }
    }

    /** The photo with vertical 4-px stripes of {@code amplitude} added (strokes coarser than the half-size shrink). */
    private static Picture striped(Picture photo, float amplitude) {
        Picture p = photo.copy();
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < p.height(); y++) {
                for (int x = 0; x < p.width(); x++) {
                    p.set(c, x, y, Math.min(255, p.get(c, x, y) * 0.5f + ((x / 4) % 2 == 0 ? amplitude : 0)));
                }
            }
        }
        return p;
    }
}
