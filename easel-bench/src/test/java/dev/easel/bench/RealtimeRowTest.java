package dev.easel.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RealtimeRowTest {
    private static final RealtimeResult EASEL =
        new RealtimeResult("easel", "2.7.1", "half", "1024x1024", List.of(3000.0, 2000.0, 2200.0), 2048 * 1024, Double.NaN);

    private static RealtimeResult torch(double diff) {
        return new RealtimeResult("pytorch", "1.13", "half", "1024x1024", List.of(1000.0), 1024 * 1024, diff);
    }

    @Test
    void ratiosAndAchievedRates() {
        RealtimeRow r = new RealtimeRow("half", 1024, EASEL, torch(1e-4), 88e9, 1.0);
        assertThat(r.timeRatio()).isEqualTo(2.2);
        assertThat(r.rssRatio()).isEqualTo(2.0);
        assertThat(r.gflops(r.easel())).isCloseTo(40.0, within(1e-9)); // 88 GFLOP in 2.2 s
        assertThat(r.gflops(r.pytorch())).isCloseTo(88.0, within(1e-9));
        assertThat(r.maxAbsDiff()).isEqualTo(1e-4);
    }

    @Test
    void tableShowsEachRowAndTheWorstDifferencePerNetwork() {
        List<RealtimeRow> rows = List.of(new RealtimeRow("half", 256, EASEL, torch(1e-4), 5.5e9, 1),
            new RealtimeRow("half", 1024, EASEL, torch(3e-3), 88e9, 1),
            new RealtimeRow("compact", 1024, EASEL, null, 35e9, 1));
        String table = RealtimeRow.table(rows);
        assertThat(table).contains("1024x1024").contains("2200.0").contains("1000.0").contains("2.20x")
            .contains("2048 MB").contains("88.0").contains("40.0");
        assertThat(table).containsPattern("half\\s+3.00e-03 ok").containsPattern("compact\\s+not compared")
            .doesNotContain("MISMATCH").doesNotContain("NaN");
        assertThat(RealtimeRow.anyMismatch(rows)).isFalse();
    }

    @Test
    void flagsADifferentNetwork() {
        List<RealtimeRow> rows = List.of(new RealtimeRow("johnson", 256, EASEL, torch(3.5), 1e9, 0));
        assertThat(RealtimeRow.table(rows)).containsPattern("johnson\\s+3.50e\\+00 MISMATCH");
        assertThat(RealtimeRow.anyMismatch(rows)).isTrue();
    }

    @Test
    void csvHasEmptyCellsForWhatDidNotRunAndQuotesNames() {
        List<RealtimeRow> rows = List.of(new RealtimeRow("mosaic, v2 (half)", 512, EASEL, null, 22e9, 0.5),
            new RealtimeRow("half", 512, null, torch(1e-4), 22e9, 0.5));
        String[] lines = RealtimeRow.csv(rows).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("\"mosaic, v2 (half)\",half,512,22.0000,2200.00,,,2048.00,,,10.0000,,,3,2.7.1,,0.500000");
        assertThat(lines[2]).startsWith("half,half,512,22.0000,,1000.00,,,1024.00,,,22.0000,0.000100000,,,1.13,");
        assertThat(lines[2].split(",", -1)).hasSameSizeAs(lines[0].split(","));
    }
}
