package dev.easel.bench.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogShareTest {
    @Test
    void oneAtGatysZeroAtThePhotoAndHalfAtTheirGeometricMean() {
        assertThat(LogShare.of(1e6, 1e4, 1e4)).isEqualTo(1.0);
        assertThat(LogShare.of(1e6, 1e6, 1e4)).isEqualTo(0.0);
        assertThat(LogShare.of(1e6, Math.sqrt(1e6 * 1e4), 1e4)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void beyondGatysAboveOneAndFurtherThanThePhotoBelowZero() {
        assertThat(LogShare.of(1e6, 1e3, 1e4)).isCloseTo(1.5, within(1e-12)); // 3 decades where Gatys went 2
        assertThat(LogShare.of(1e6, 1e7, 1e4)).isCloseTo(-0.5, within(1e-12));
    }

    /** The reason for the log: 95% removed where Gatys removes 99% is 96% linearly, yet 5x Gatys' loss. */
    @Test
    void doesNotSaturateWhereTheLinearShareDoes() {
        assertThat(LogShare.linear(100, 5, 1)).isCloseTo(95.0 / 99, within(1e-12));
        assertThat(LogShare.of(100, 5, 1)).isCloseTo(Math.log(20) / Math.log(100), within(1e-12)).isCloseTo(0.65, within(0.01));
    }

    @Test
    void notANumberWithoutAScaleToMeasureAgainst() {
        assertThat(LogShare.of(1e6, 1e5, Double.NaN)).isNaN(); // no Gatys result
        assertThat(LogShare.of(1e6, 1e5, 1e6)).isNaN(); // Gatys did not lower the loss
        assertThat(LogShare.of(1e6, 1e5, 2e6)).isNaN();
        assertThat(LogShare.of(1e6, 0, 1e4)).isNaN();
        assertThat(LogShare.linear(1e6, 1e5, 1e6)).isNaN();
    }

    @Test
    void rowTakesEachScaleAndTheContentRatio() {
        ScaledLosses photo = new ScaledLosses(0, 1e6, 1e4, 100);
        ScaledLosses network = new ScaledLosses(30, 1e4, 1e3, 100);
        ScaledLosses gatys = new ScaledLosses(20, 1e2, 1e2, 1);
        QualityRow row = new QualityRow("m", "s.jpg", "p.jpg", photo, network, gatys, 1, null);
        assertThat(row.logShare(0)).isCloseTo(0.5, within(1e-12));
        assertThat(row.logShare(1)).isCloseTo(0.5, within(1e-12));
        assertThat(row.logShare(2)).isEqualTo(0.0);
        assertThat(row.contentRatio()).isEqualTo(1.5);
        assertThat(row.linearShare()).isCloseTo((1e6 - 1e4) / (1e6 - 1e2), within(1e-12));
        assertThat(row.reduction()).isCloseTo(0.99, within(1e-12));
        QualityRow noGatys = new QualityRow("m", "s.jpg", "p.jpg", photo, network, ScaledLosses.NONE, 1, null);
        assertThat(noGatys.logShare(0)).isNaN();
        assertThat(noGatys.contentRatio()).isNaN();
        assertThat(noGatys.reduction()).isCloseTo(0.99, within(1e-12));
    }
}
