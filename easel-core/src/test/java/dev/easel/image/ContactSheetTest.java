package dev.easel.image;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactSheetTest {
    @Test
    void scalesEachPictureToTheRowHeightWithWhiteGaps() {
        Picture black = Picture.blank(20, 10);
        Picture grey = new Picture(10, 20, filled(10 * 20, 100f));
        Picture sheet = ContactSheet.row(List.of(black, grey), 40, 4);
        assertThat(sheet.height()).isEqualTo(40);
        assertThat(sheet.width()).isEqualTo(80 + 4 + 20);
        assertThat(sheet.get(0, 10, 20)).isZero();
        assertThat(sheet.get(1, 82, 20)).isEqualTo(255f);
        assertThat(sheet.get(2, 94, 20)).isCloseTo(100f, org.assertj.core.api.Assertions.within(0.01f));
    }

    private static float[] filled(int pixels, float value) {
        float[] data = new float[3 * pixels];
        Arrays.fill(data, value);
        return data;
    }
}
