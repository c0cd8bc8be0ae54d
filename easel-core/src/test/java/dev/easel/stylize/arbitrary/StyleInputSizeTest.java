package dev.easel.stylize.arbitrary;

import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** AdaIN sees the painting at the output's scale, as Gatys and the style loss do. */
class StyleInputSizeTest {
    private static int[] size(int w, int h, int outputLongSide) {
        Picture p = AdainModel.styleInput(Picture.blank(w, h), outputLongSide);
        return new int[] {p.width(), p.height()};
    }

    @Test
    void paintingTakesTheOutputsLongSide() {
        assertThat(size(800, 600, 256)).containsExactly(256, 192);
        assertThat(size(224, 224, 512)).containsExactly(512, 512); // upscaled, as Gatys does
        assertThat(size(300, 600, 400)).containsExactly(200, 400);
    }

    @Test
    void hugeOutputsAreCappedAndThinPaintingsKeepAShortSideOf64() {
        assertThat(size(6000, 4000, 3000)).containsExactly(AdainModel.MAX_STYLE_SIDE, 683);
        assertThat(size(1000, 20, 256)).containsExactly(3200, 64);
    }
}
