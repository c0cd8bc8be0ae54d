package dev.easel.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchRowTest {
    private static final BenchResult EASEL =
        new BenchResult("easel", "2.7.1", "512x384", "lbfgs", List.of(400.0, 420.0), 4, 100.001, 2048 * 1024, "iterations");
    private static final BenchResult TORCH =
        new BenchResult("pytorch", "1.13", "512x384", "lbfgs", List.of(100.0, 100.0), 2, 100.0, 1024 * 1024, "iterations");

    @Test
    void ratiosAndFloorPerEvaluation() {
        BenchRow r = new BenchRow(512, 512, 384, "lbfgs", EASEL, TORCH, 100e9, 100, 0.5);
        assertThat(r.timeRatio()).isEqualTo(4.1);
        assertThat(r.rssRatio()).isEqualTo(2.0);
        assertThat(r.floorMs()).isEqualTo(1000.0);
        // 410 ms per iteration, 2 evaluations per iteration: 205 ms per evaluation against a 1000 ms floor
        assertThat(r.easelOverFloor()).isCloseTo(0.205, within(1e-12));
        assertThat(r.lossRelativeDifference()).isCloseTo(1e-5, within(1e-9));
        assertThat(r.label()).isEqualTo("512x384 (=384x512 HxW)");
    }

    @Test
    void missingPytorchLeavesEmptyCellsNotErrors() {
        BenchRow r = new BenchRow(512, 512, 384, "lbfgs", EASEL, null, 100e9, 100, 0.5);
        assertThat(r.timeRatio()).isNaN();
        String[] lines = BenchRow.csv(List.of(r)).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1].split(",", -1)).hasSameSizeAs(lines[0].split(","));
        assertThat(lines[1]).startsWith("512,512,384,lbfgs,410.000,2.00000,2048.00,,,,");
        assertThat(BenchRow.table(List.of(r))).contains("512x384 (=384x512 HxW)").doesNotContain("MISMATCH");
    }

    @Test
    void flagsALossMismatch() {
        BenchResult off = new BenchResult("pytorch", "1.13", "512x384", "lbfgs", List.of(1.0), 1, 101.0, 1, "iterations");
        assertThat(BenchRow.table(List.of(new BenchRow(512, 512, 384, "lbfgs", EASEL, off, 1e9, 1, 0))))
            .contains("MISMATCH");
    }

    @Test
    void anOptimizerThatStoppedBeforeTimingIsShownNotHidden() {
        BenchResult stopped = new BenchResult("easel", "2.7.1", "512x384", "lbfgs", List.of(), 0, 100.0, 1, "converged after 1 iterations");
        String table = BenchRow.table(List.of(new BenchRow(512, 512, 384, "lbfgs", stopped, TORCH, 1e9, 1, 0)));
        assertThat(table).contains("stopped").contains("note: easel lbfgs 512x384 (=384x512 HxW) stopped early "
            + "(converged after 1 iterations); 0 timed iterations").doesNotContain("NaN");
    }
}
