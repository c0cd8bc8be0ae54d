package dev.easel.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComputeFloorTest {
    @Test
    void forwardFlopsToConv3_2At256x192() {
        // block 1 at 256x192, block 2 at 128x96, block 3 at 64x48 (2 * 9 * Cin * Cout * H * W each)
        double block1 = 18.0 * (3 * 64 + 64 * 64) * 256 * 192;
        double block2 = 18.0 * (64 * 128 + 128 * 128) * 128 * 96;
        double block3 = 18.0 * (128 * 256 + 256 * 256) * 64 * 48;
        assertThat(ComputeFloor.forwardFlops(256, 192)).isEqualTo(block1 + block2 + block3).isEqualTo(14_665_383_936.0);
        assertThat(ComputeFloor.evaluationFlops(256, 192)).isEqualTo(2 * 14_665_383_936.0);
    }

    @Test
    void scalesWithPixelsAndFloorsOddSizesAtPooling() {
        assertThat(ComputeFloor.forwardFlops(512, 384)).isEqualTo(4 * ComputeFloor.forwardFlops(256, 192));
        // 2x2 pooling without ceil: 257x193 -> 128x96 -> 64x48, so only block 1 grows
        double extra = 18.0 * (3 * 64 + 64 * 64) * (257 * 193 - 256 * 192);
        assertThat(ComputeFloor.forwardFlops(257, 193) - ComputeFloor.forwardFlops(256, 192)).isEqualTo(extra);
    }

    @Test
    void floorIsFlopsOverPeak() {
        // 29.33 GFLOP at 100 GFLOP/s = 293.3 ms
        assertThat(ComputeFloor.floorMs(256, 192, 100)).isCloseTo(293.3077, within(1e-3));
    }
}
