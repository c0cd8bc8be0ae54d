package dev.easel.bench.quality;

import dev.easel.image.Picture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScaledStyleLossTest {
    @Test
    void halfAndQuarterSidesRoundAndStayPositive() {
        assertThat(ScaledStyleLoss.reducedSide(256, 1)).isEqualTo(256);
        assertThat(ScaledStyleLoss.reducedSide(256, 4)).isEqualTo(64);
        assertThat(ScaledStyleLoss.reducedSide(171, 2)).isEqualTo(86); // 85.5
        assertThat(ScaledStyleLoss.reducedSide(171, 4)).isEqualTo(43); // 42.75
        assertThat(ScaledStyleLoss.reducedSide(1, 4)).isEqualTo(1);
    }

    /** Area-like averaging: a 1-px checkerboard shrinks to grey, not to an aliased pattern. */
    @Test
    void reducingAveragesFineDetailAway() {
        Picture board = new Picture(64, 48, new float[3 * 64 * 48]);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 64; x++) {
                    board.set(c, x, y, (x + y) % 2 == 0 ? 255f : 0f);
                }
            }
        }
        Picture quarter = ScaledStyleLoss.reduce(board, 4);
        assertThat(quarter.width()).isEqualTo(16);
        assertThat(quarter.height()).isEqualTo(12);
        for (int y = 2; y < 10; y++) { // away from the borders, where the kernel is cut off
            for (int x = 2; x < 14; x++) {
                assertThat((double) quarter.get(0, x, y)).isCloseTo(127.5, within(5.0));
            }
        }
        assertThat(ScaledStyleLoss.reduce(board, 1)).isSameAs(board);
    }
}
