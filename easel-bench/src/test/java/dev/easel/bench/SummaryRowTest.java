package dev.easel.bench;

import dev.easel.video.VideoResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SummaryRowTest {
    private static final RealtimeResult EASEL =
        new RealtimeResult("easel", "2.7.1", "compact", "512x512", List.of(300.0, 200.0, 220.0), 512 * 1024, Double.NaN);
    private static final RealtimeResult TORCH =
        new RealtimeResult("pytorch", "1.13", "compact", "512x512", List.of(250.0), 1024 * 1024, 1e-4);

    @Test
    void aNetworkPassKeepsBothSidesAndTheirRatios() {
        SummaryRow r = SummaryRow.of("realtime", new RealtimeRow("compact", 512, EASEL, TORCH, 1e9, 1.5));
        assertThat(r.path()).isEqualTo("realtime compact");
        assertThat(r.size()).isEqualTo("512x512");
        assertThat(r.timeRatio()).isCloseTo(0.88, within(1e-12)); // median 220 over 250
        assertThat(r.rssRatio()).isEqualTo(0.5);
        assertThat(SummaryRow.table(List.of(r))).containsPattern("realtime compact\\s+512x512\\s+220.0\\s+250.0\\s+0.88x\\s+512 MB\\s+1024 MB\\s+0.50x");
    }

    @Test
    void aGatysIterationIsNamedByItsOptimizerAndSize() {
        BenchResult easel = new BenchResult("easel", "2.7.1", "512x384", "lbfgs", List.of(500.0, 600.0, 550.0), 3, 1.0, 1024 * 1024, "iterations");
        SummaryRow r = SummaryRow.of(new BenchRow(512, 512, 384, "lbfgs", easel, null, 1e9, 100, 0.2));
        assertThat(r.path()).isEqualTo("gatys L-BFGS iteration");
        assertThat(r.size()).isEqualTo("512x384");
        assertThat(r.easelMs()).isEqualTo(550.0);
        assertThat(r.timeRatio()).isNaN();
        // what did not run is a dash in the table and an empty cell in the CSV
        assertThat(SummaryRow.table(List.of(r))).containsPattern("550.0\\s+-\\s+-\\s+1024 MB\\s+-\\s+-").doesNotContain("NaN");
        assertThat(SummaryRow.csv(List.of(r)).lines().toList().get(1)).startsWith("gatys L-BFGS iteration,512x384,550.000,,,1024.00,,,");
    }

    @Test
    void aVideoRunIsMillisecondsPerFrameEndToEnd() {
        VideoResult clip = new VideoResult(50, 25, 640, 360, false, 10.0, 8.0, 1, 1);
        SummaryRow r = SummaryRow.of("mosaic-fast", new VideoBench.Row("640x360", 0.6, clip));
        assertThat(r.path()).isEqualTo("video end to end, mosaic-fast, temporal 0.6");
        assertThat(r.easelMs()).isEqualTo(200.0); // 50 frames in 10 s
        assertThat(SummaryRow.csv(List.of(r))).contains("\"video end to end, mosaic-fast, temporal 0.6\",640x360,200.000,,");
    }
}
