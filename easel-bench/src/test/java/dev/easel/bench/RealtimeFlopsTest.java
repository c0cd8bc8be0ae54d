package dev.easel.bench;

import dev.easel.nets.Architecture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RealtimeFlopsTest {
    @Test
    void halfWidthAt1024IsAbout92Gflop() {
        // enc1 9x9 (RGB + noise) 4->16 and out 16->3 at 1024^2, enc2 16->32 at 512^2, enc3 32->64 and 10 residual
        // 64->64 3x3 at 256^2, up1 64->32 at 512^2, up2 32->16 at 1024^2; 2 FLOP per multiply-add
        double full = 1024.0 * 1024;
        double macs = 81 * 4 * 16 * full + 9 * 16 * 32 * full / 4 + 9 * 32 * 64 * full / 16
            + 10 * 9 * 64 * 64 * full / 16 + 9 * 64 * 32 * full / 4 + 9 * 32 * 16 * full + 81 * 16 * 3 * full;
        assertThat(RealtimeFlops.forwardFlops(Architecture.HALF, 1024, 1024)).isEqualTo(2 * macs)
            .isCloseTo(91.51e9, within(0.01e9)); // training-facts.md's ~89 GFLOP, plus the noise channel
    }

    @Test
    void johnsonAndCompactAt1024() {
        assertThat(RealtimeFlops.forwardFlops(Architecture.JOHNSON, 1024, 1024)).isEqualTo(322_525_200_384.0);
        // depthwise 3x3 (9*C) + pointwise 1x1 (C*C) per residual conv, 5x5 outer kernels, a noise channel
        assertThat(RealtimeFlops.forwardFlops(Architecture.COMPACT, 1024, 1024)).isEqualTo(35_316_039_680.0 + 2 * 25 * 16 * 1024 * 1024.0);
    }

    @Test
    void scalesWithPixelsAndCountsThePaddingToAMultipleOf4() {
        assertThat(RealtimeFlops.forwardFlops(Architecture.HALF, 512, 512) * 4)
            .isEqualTo(RealtimeFlops.forwardFlops(Architecture.HALF, 1024, 1024));
        assertThat(RealtimeFlops.forwardFlops(Architecture.HALF, 1021, 1025))
            .isEqualTo(RealtimeFlops.forwardFlops(Architecture.HALF, 1024, 1028));
    }
}
