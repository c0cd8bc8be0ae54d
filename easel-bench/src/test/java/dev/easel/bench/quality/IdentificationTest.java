package dev.easel.bench.quality;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentificationTest {
    /** The photo's own loss against 3 paintings: painting 2 is low-energy (flat, grey), its losses are all small. */
    private static final double[] PHOTO = {1000, 2000, 100};

    @Test
    void eachRowIsJudgedByItsLossRelativeToThePhotos() {
        double[][] matrix = {
            {100, 1500, 90}, // ratios 0.1, 0.75, 0.9: own lowest
            {900, 200, 95}, // 0.9, 0.1, 0.95: own lowest
            {500, 1000, 60}, // 0.5, 0.5, 0.6: painting 0 and 1 beat its own
        };
        boolean[] identified = Identification.identified(matrix, PHOTO);
        assertThat(identified).containsExactly(true, true, false);
    }

    /** Raw losses would name the flat painting 2 for everything; relative to the photo they do not. */
    @Test
    void aLowEnergyPaintingDoesNotWinByItsSmallLosses() {
        double[] outputFor0 = {100, 1500, 90};
        assertThat(Arrays.stream(outputFor0).min().getAsDouble()).isEqualTo(90); // raw: painting 2
        assertThat(Identification.identified(0, outputFor0, PHOTO)).isTrue();
        assertThat(Identification.identified(2, outputFor0, PHOTO)).isFalse();
    }

    @Test
    void aTieIsNotAnIdentification() {
        assertThat(Identification.identified(0, new double[] {100, 200}, new double[] {1000, 2000})).isFalse();
    }

    @Test
    void fractionCountsOnlyJudgedOutputs() {
        assertThat(Identification.fraction(Arrays.asList(true, false, true, true))).isEqualTo(0.75);
        assertThat(Identification.fraction(Arrays.asList(null, null))).isNaN(); // single-style: not applicable
        assertThat(Identification.fraction(List.of())).isNaN();
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThatThrownBy(() -> Identification.identified(0, new double[] {1, 2}, new double[] {1}))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
