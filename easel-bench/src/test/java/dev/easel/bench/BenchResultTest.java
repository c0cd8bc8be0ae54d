package dev.easel.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchResultTest {
    @Test
    void findsTheResultLineAmongLogs() {
        String output = "[main] WARN ai.djl.pytorch - CUDA driver version is insufficient\n"
            + "EASEL-BENCH {\"impl\": \"pytorch\", \"version\": \"1.13.0a0\", \"size\": \"256x192\", \"optimizer\": \"adam\", "
            + "\"iter_ms\": [300.5, 310.0, 290.0], \"evaluations\": 3, \"loss0\": 1234567.5, \"vmhwm_kb\": 471040}\n"
            + "pytorch adam 256x192: median 300.5 ms/it\n";
        BenchResult r = BenchResult.parse(output);
        assertThat(r.impl()).isEqualTo("pytorch");
        assertThat(r.size()).isEqualTo("256x192");
        assertThat(r.medianMs()).isEqualTo(300.5);
        assertThat(r.evaluationsPerIteration()).isEqualTo(1.0);
        assertThat(r.loss0()).isEqualTo(1234567.5);
        assertThat(r.vmhwmMb()).isEqualTo(460.0);
    }

    @Test
    void roundTripsItsOwnLine() {
        BenchResult r = new BenchResult("easel", "2.7.1", "512x384", "lbfgs", List.of(1.5, 2.5), 3, 42.25, 1024, "converged after 1 iterations");
        assertThat(BenchResult.parse("noise\n" + r.toLine() + "\n")).isEqualTo(r);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(BenchResult.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(BenchResult.median(List.of(4.0, 1.0, 3.0, 100.0))).isEqualTo(3.5);
        assertThat(BenchResult.median(List.of())).isNaN();
    }

    @Test
    void rejectsMissingOrBrokenResults() {
        assertThatThrownBy(() -> BenchResult.parse("Traceback (most recent call last):\n"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'EASEL-BENCH'");
        assertThatThrownBy(() -> BenchResult.parse("EASEL-BENCH {\"impl\": \"easel\"}"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
    }
}
