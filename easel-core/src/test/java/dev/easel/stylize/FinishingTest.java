package dev.easel.stylize;

import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FinishingTest {
    private static Picture filled(int w, int h, float r, float g, float b) {
        Picture p = Picture.blank(w, h);
        float[] rgb = {r, g, b};
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    p.set(c, x, y, rgb[c] + (x + y) % 7);
                }
            }
        }
        return p;
    }

    @Test
    void histogramPreservationRecoloursStylesAndKeepsTheirWeightsAndMasks() {
        Picture photo = filled(16, 12, 200, 40, 40);
        Picture painting = filled(10, 10, 20, 60, 220);
        Picture mask = filled(16, 12, 255, 255, 255);
        StyleRequest request = new StyleRequest(photo, List.of(new StyleInput(painting, "blue", 0.3, mask)), 0,
            ColorPreservation.HISTOGRAM, 1.0);
        StyleInput prepared = Finishing.prepareStyles(request).get(0);
        assertThat(prepared.mask()).isSameAs(mask);
        assertThat(prepared.weight()).isEqualTo(0.3);
        assertThat(prepared.name()).isEqualTo("blue");
        // recoloured towards the photo: the painting's red mean moves from about 23 to about 203
        double red = 0;
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                red += prepared.picture().get(0, x, y);
            }
        }
        assertThat(red / 100).isGreaterThan(150);
    }
}
